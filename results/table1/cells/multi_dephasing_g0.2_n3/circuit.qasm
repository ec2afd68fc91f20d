OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=1.5034587, t_star=3.0667733, qcrb=0.21688365, n_genes=16
// ghz: best=0.97239781, t_star=1.5561613, qcrb=0.66084774
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(2.1897844222638643) q[1];
crx(-0.6705250024107853) q[2],q[1];
crx(1.8687968797812333) q[1],q[0];
ry(-0.016420148382106703) q[0];
rx(-0.03291333112698425) q[2];
crx(1.4994967980032587) q[2],q[0];
ry(2.54394242491212) q[2];
rz(-0.9646318108055469) q[0];
crx(0.8412750576202194) q[1],q[2];
rx(1.4559361462829763) q[0];
rz(-0.47858123075954406) q[0];
crx(0.0961595401202146) q[2],q[1];
rz(2.8909971579976332) q[0];
rx(-2.6310187894506702) q[1];
rx(1.8368659809612664) q[1];
crx(-0.6782172433167177) q[1],q[2];
