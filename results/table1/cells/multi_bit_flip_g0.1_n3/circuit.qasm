OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 15 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=3.0076957, t_star=6.1358079, qcrb=0.054186905, n_genes=15
// ghz: best=2.2152306, t_star=3.9389599, qcrb=0.11460393
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(2.3507664894638616) q[2];
crx(0.30418625759492246) q[2],q[1];
rx(-1.886377136443744) q[2];
crx(-2.016548704964226) q[2],q[1];
rz(-1.054196143576092) q[1];
crx(1.544482073526815) q[1],q[0];
crx(-1.5876961075533857) q[0],q[1];
rx(-1.0086914057595617) q[1];
crx(1.82760548097893) q[1],q[2];
rx(-1.1107063934594534) q[0];
crx(-2.231776645537775) q[1],q[2];
ry(-1.7285353241456385) q[1];
rz(-0.4818771756899318) q[0];
rx(-0.6468450834127601) q[1];
rz(-0.6120640921343004) q[0];
