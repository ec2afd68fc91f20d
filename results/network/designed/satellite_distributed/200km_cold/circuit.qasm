OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.952345, 0.952345, 0.952345], back [0.952345, 0.952345, 0.952345] (one per sensor qubit)
// vqs: best=4.7764784, t_star=4.3397751, qcrb=0.048241962, t_star_at_grid_edge=False, qfi=20.728842, n_genes=7
// ghz: best=3.5427783, t_star=1.6666666, qcrb=0.16935862, t_star_at_grid_edge=False, qfi=5.9046301
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(2.6071469988685863) q[2],q[1];
crx(2.607166418350153) q[2],q[0];
ry(-2.6551925031075743) q[0];
rx(1.8380363567016014) q[1];
rx(-1.8692962110091198) q[0];
ry(2.4202616223839346) q[1];
ry(0.7451326112547885) q[1];
