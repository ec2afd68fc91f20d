OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=30.27473, t_star=2.9283086, qcrb=0.011279838, t_star_at_grid_edge=False, qfi=88.653752, n_genes=5
// ghz: best=27.351929, t_star=2.5498556, qcrb=0.01433826, t_star_at_grid_edge=False, qfi=69.74347
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.9266384340832658) q[0];
crx(3.1422996240972476) q[0],q[1];
crx(3.1408856355583445) q[0],q[3];
crx(-3.140886602922375) q[0],q[2];
crx(-3.14088485044954) q[0],q[4];
