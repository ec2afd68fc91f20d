OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 6 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.953782, 0.953782, 0.953782], back [0.953782, 0.953782, 0.953782] (one per sensor qubit)
// vqs: best=4.8103434, t_star=4.3218255, qcrb=0.048101286, t_star_at_grid_edge=False, qfi=20.789465, n_genes=6
// ghz: best=3.5920035, t_star=1.6666667, qcrb=0.1670377, t_star_at_grid_edge=False, qfi=5.9866724
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(2.4083950654080057) q[1];
ry(0.7332660542788512) q[1];
rx(1.8417570843485587) q[1];
rx(-1.3001764675151053) q[0];
crx(2.5998166735877057) q[2],q[1];
crx(2.6000094889157763) q[2],q[0];
