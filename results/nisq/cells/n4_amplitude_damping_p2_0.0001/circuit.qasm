OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 4 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=24.40603, t_star=3.5557172, qcrb=0.011523267, t_star_at_grid_edge=False, qfi=86.780942, n_genes=4
// ghz: best=22.171941, t_star=3.1575766, qcrb=0.014283755, t_star_at_grid_edge=False, qfi=70.009602
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.910948636327119) q[0];
crx(3.1409281611771904) q[0],q[1];
crx(-3.1409302218680795) q[0],q[2];
crx(3.1409539696354702) q[0],q[3];
