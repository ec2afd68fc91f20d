OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.1499569, t_star=3.6586166, qcrb=0.044443784, qfi=22.500334, n_genes=10
// ghz: best=5.5181916, t_star=1.6666667, qcrb=0.10873127, qfi=9.1969863
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(-1.8480009709426048) q[2],q[0];
rz(2.741781081259438) q[0];
crx(0.014371514222030566) q[0],q[2];
rz(1.104639267218996) q[2];
rx(0.4211440898006731) q[2];
rz(-0.8398822674576834) q[0];
rx(-1.9758962208957944) q[1];
ry(-1.9254106412329874) q[1];
crx(-1.050685185745508) q[1],q[0];
rx(-0.8440134726790696) q[0];
