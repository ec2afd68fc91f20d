OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 11 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=4.2410895, t_star=1.6929391, qcrb=0.13927758, qfi=7.1799063, n_genes=11
// ghz: best=3.6787944, t_star=0.62499999, qcrb=0.4349251, qfi=2.2992465
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(-2.2946791862645233) q[1];
crx(-0.5771136362044601) q[3],q[2];
crx(-0.6728583667633279) q[3],q[2];
ry(-0.9583313271194207) q[3];
rz(2.5789306443299305) q[0];
rx(-2.557637131158545) q[2];
crx(-1.4040889026575997e-05) q[2],q[3];
crx(1.2499836857589481) q[0],q[2];
rx(0.9583341473201115) q[0];
rx(-2.7672192716485444) q[2];
rx(-0.9583359284333737) q[1];
