OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=3.0069175, t_star=6.1335466, qcrb=0.054220912, n_genes=16
// ghz: best=1.9447956, t_star=3.1123226, qcrb=0.16521194
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(2.189784624908368) q[1];
crx(-0.6705242207620983) q[2],q[1];
crx(1.8687978177677558) q[1],q[0];
ry(-0.01642068198364699) q[0];
rx(-0.032913508873914754) q[2];
crx(1.4994979661911074) q[2],q[0];
ry(2.543942785161404) q[2];
rz(-0.964631686069549) q[0];
crx(0.8412725762453814) q[1],q[2];
rx(1.4559338985898886) q[0];
rz(-0.478581230765732) q[0];
crx(0.09615834720900489) q[2],q[1];
rz(2.8909971579914444) q[0];
rx(-2.6310188984820786) q[1];
rx(1.8368658719298558) q[1];
crx(-0.6782162391037452) q[1],q[2];
