OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=30.835158, t_star=2.9368136, qcrb=0.011042755, t_star_at_grid_edge=False, qfi=90.55711, n_genes=5
// ghz: best=27.833775, t_star=2.552694, qcrb=0.014074375, t_star_at_grid_edge=False, qfi=71.051111
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.92904999652721) q[0];
crx(-3.1409082613909796) q[0],q[2];
crx(3.1409082613444506) q[0],q[1];
crx(3.1409082613608637) q[0],q[3];
crx(-3.1408963354941744) q[0],q[4];
