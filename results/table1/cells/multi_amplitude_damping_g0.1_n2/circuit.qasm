OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 4 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=2.5466602, t_star=16.596109, qcrb=0.023660435, n_genes=4
// ghz: best=1.40584, t_star=14.850319, qcrb=0.047899208
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-1.5952246139148059) q[1],q[0];
rx(-1.1941521252369989) q[0];
crx(-1.4520555054790774) q[1],q[0];
rx(2.7177881137070212) q[1];
