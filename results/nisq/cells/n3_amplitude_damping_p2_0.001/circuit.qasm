OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 9 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.351464, t_star=4.2888585, qcrb=0.013437614, t_star_at_grid_edge=False, qfi=74.417973, n_genes=9
// ghz: best=16.165239, t_star=4.0130569, qcrb=0.015414965, t_star_at_grid_edge=False, qfi=64.872026
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.1360188861556502) q[0];
ry(0.1601976835295993) q[1];
ry(-1.7690248072569803) q[1];
ry(0.7182653981724041) q[0];
ry(-2.5277720953962963) q[1];
ry(1.6242667230900025) q[1];
ry(2.5077742517717514) q[1];
crx(-3.1383602122839087) q[0],q[1];
crx(3.1404000768688194) q[0],q[2];
