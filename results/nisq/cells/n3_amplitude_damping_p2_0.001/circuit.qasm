OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 3 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=17.361249, t_star=4.2874431, qcrb=0.013434474, t_star_at_grid_edge=False, qfi=74.435366, n_genes=3
// ghz: best=16.165239, t_star=4.0130569, qcrb=0.015414965, t_star_at_grid_edge=False, qfi=64.872026
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.8525802441175383) q[0];
crx(3.1422089759147753) q[0],q[1];
crx(-3.1422091878119445) q[0],q[2];
