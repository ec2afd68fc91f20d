OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.786799, 0.786799, 0.786799], back [0.786799, 0.786799, 0.786799] (one per sensor qubit)
// vqs: best=2.1380583, t_star=4.8853938, qcrb=0.095737236, t_star_at_grid_edge=False, qfi=10.445257, n_genes=12
// ghz: best=0.57789624, t_star=1.6666667, qcrb=1.0382487, t_star_at_grid_edge=False, qfi=0.9631604
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(3.097785861142567) q[2];
crx(-2.991175517704488) q[1],q[0];
rz(0.09003065695757417) q[0];
rz(-0.28091463930682314) q[1];
rx(-0.8071065967531972) q[0];
ry(-0.10484167870258254) q[2];
ry(-1.4771113703807714) q[1];
rx(-0.404936772772591) q[1];
crx(-0.24437200359416103) q[0],q[2];
ry(-1.495392112012039) q[2];
ry(1.5606549943936896) q[0];
crx(3.303912990652733) q[2],q[1];
