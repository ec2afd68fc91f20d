OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 3 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.423157, t_star=4.2898226, qcrb=0.013379313, t_star_at_grid_edge=False, qfi=74.742252, n_genes=3
// ghz: best=16.219704, t_star=4.0145332, qcrb=0.015357553, t_star_at_grid_edge=False, qfi=65.114538
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.852946650365558) q[0];
crx(3.1422084116695275) q[0],q[1];
crx(-3.1422083918173) q[0],q[2];
