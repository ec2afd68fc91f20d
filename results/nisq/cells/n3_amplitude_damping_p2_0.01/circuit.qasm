OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 7 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=16.708278, t_star=4.260758, qcrb=0.014046931, t_star_at_grid_edge=False, qfi=71.189928, n_genes=7
// ghz: best=15.680513, t_star=3.9997501, qcrb=0.015944352, t_star_at_grid_edge=False, qfi=62.718133
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
rx(-0.969032020786774) q[1];
ry(-0.6513102537599416) q[1];
ry(-1.4182594311294248) q[1];
rz(-2.636654868923273) q[0];
rz(-2.6921541156570084) q[0];
crx(-3.068755824504674) q[1],q[0];
crx(-3.1301452128593144) q[1],q[2];
