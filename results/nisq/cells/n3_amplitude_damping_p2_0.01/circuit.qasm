OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 3 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=16.811295, t_star=4.2650158, qcrb=0.013946916, t_star_at_grid_edge=False, qfi=71.70044, n_genes=3
// ghz: best=15.680513, t_star=3.9997501, qcrb=0.015944352, t_star_at_grid_edge=False, qfi=62.718133
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.8482152434354848) q[0];
crx(3.141885924851845) q[0],q[1];
crx(-3.1418885947892448) q[0],q[2];
