OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 5 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.197256, 0.197256, 0.197256], back [0.197256, 0.197256, 0.197256] (one per sensor qubit)
// vqs: best=0.0083543826, t_star=4.9999991, qcrb=23.939535, t_star_at_grid_edge=False, qfi=0.041771905, n_genes=5
// ghz: best=7.6250342e-08, t_star=1.6666667, qcrb=7868817.2, t_star_at_grid_edge=False, qfi=1.270839e-07
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-3.1409072766804806) q[2];
crx(-3.1414036108349643) q[1],q[2];
crx(-3.140639234216087) q[0],q[1];
crx(1.56999304819073) q[2],q[1];
ry(1.5711592630591102) q[2];
