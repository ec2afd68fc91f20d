OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 8 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.412286, t_star=4.290964, qcrb=0.013384105, t_star_at_grid_edge=False, qfi=74.715493, n_genes=8
// ghz: best=16.214252, t_star=4.0143858, qcrb=0.015363281, t_star_at_grid_edge=False, qfi=65.090261
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(-0.22090817913081695) q[1];
ry(1.0893037016396985) q[0];
ry(-2.9088779580567117) q[1];
crx(2.219211578862633) q[1],q[0];
ry(1.120197326554722) q[1];
ry(2.003704855236471) q[1];
crx(3.1559495117693364) q[0],q[2];
crx(-3.138021942777185) q[0],q[1];
