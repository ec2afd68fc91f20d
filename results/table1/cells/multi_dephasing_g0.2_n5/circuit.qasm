OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=3.0741693, t_star=2.7932367, qcrb=0.1164567, n_genes=16
// ghz: best=1.289435, t_star=1.0702889, qcrb=0.72460201
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-1.5244046962868447) q[1];
crx(0.26758224072852765) q[1],q[0];
ry(-2.176830220471565) q[2];
ry(-1.2006343343028616) q[0];
crx(0.5796557367344899) q[3],q[4];
crx(-1.9946562632124754) q[0],q[3];
crx(-2.447637908603744) q[2],q[3];
ry(-1.758367680601846) q[1];
ry(-0.9308381805638044) q[0];
ry(0.8399319290965526) q[2];
rx(-0.2655227341594788) q[4];
crx(-0.12339083136373215) q[3],q[2];
crx(-1.8368946647744628) q[1],q[3];
ry(1.9114240739492585) q[3];
ry(-1.8554163157749162) q[4];
crx(0.3402111294029691) q[4],q[2];
