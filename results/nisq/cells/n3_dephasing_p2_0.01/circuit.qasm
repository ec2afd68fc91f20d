OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=5.9113966, t_star=3.6736184, qcrb=0.046048539, t_star_at_grid_edge=False, qfi=21.716216, n_genes=10
// ghz: best=5.3568494, t_star=1.6666667, qcrb=0.11200614, t_star_at_grid_edge=False, qfi=8.9280824
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
rx(-1.622379364149697) q[1];
crx(-1.6733313358327) q[1],q[0];
ry(1.2845792896583346) q[2];
ry(-0.9521530105702425) q[0];
rz(-0.9051507764206166) q[0];
ry(0.7980425655886636) q[2];
ry(-2.289712740067469) q[0];
crx(-2.9524105311235433) q[1],q[2];
rx(0.8290455156292822) q[1];
ry(3.1275040942986925) q[1];
