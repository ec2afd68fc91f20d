OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 4 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=23.248287, t_star=3.526091, qcrb=0.012198756, t_star_at_grid_edge=False, qfi=81.975574, n_genes=4
// ghz: best=21.179926, t_star=3.1449599, qcrb=0.015012757, t_star_at_grid_edge=False, qfi=66.610019
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.904829047248448) q[0];
crx(3.1410460324648217) q[0],q[1];
crx(-3.1410477261938907) q[0],q[2];
crx(3.1410434944851287) q[0],q[3];
