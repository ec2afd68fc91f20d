OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 3 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=17.416959, t_star=4.2895953, qcrb=0.013384784, t_star_at_grid_edge=False, qfi=74.711705, n_genes=3
// ghz: best=16.214252, t_star=4.0143858, qcrb=0.015363281, t_star_at_grid_edge=False, qfi=65.090261
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.8529205615538888) q[0];
crx(3.1422069466478177) q[0],q[1];
crx(-3.142206735475324) q[0],q[2];
