OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=30.816341, t_star=2.9363844, qcrb=0.011051113, t_star_at_grid_edge=False, qfi=90.488624, n_genes=5
// ghz: best=27.817607, t_star=2.5525996, qcrb=0.014083077, t_star_at_grid_edge=False, qfi=71.007211
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.9288603525453318) q[0];
crx(-3.1410954973196756) q[0],q[2];
crx(3.14109529835494) q[0],q[1];
crx(3.1410954769904587) q[0],q[3];
crx(-3.141126320452175) q[0],q[4];
