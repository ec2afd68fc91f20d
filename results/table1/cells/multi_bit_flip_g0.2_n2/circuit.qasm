OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 6 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=0.70340331, t_star=3.7790367, qcrb=0.37619627, n_genes=6
// ghz: best=0.47897621, t_star=3.0809101, qcrb=0.67765248
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
ry(2.8040971242886377) q[1];
rz(2.349905453274025) q[1];
crx(-1.989769446990043) q[1],q[0];
ry(-0.5305158288160898) q[1];
rz(1.665421563802024) q[1];
ry(-2.0144806087225904) q[1];
