OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=1.9505546, t_star=7.8849242, qcrb=0.065019611, n_genes=12
// ghz: best=1.3760294, t_star=2.566023, qcrb=0.28321206
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.1137277808665953) q[0];
rz(0.09839335465236587) q[2];
ry(-3.0726472217119167) q[1];
ry(-2.2523355616526852) q[2];
ry(2.781836111165645) q[2];
rx(3.1413056730796587) q[1];
crx(3.1466813749594595) q[1],q[0];
crx(3.031412193962429) q[2],q[1];
ry(1.1010391938425341) q[1];
rz(2.3969496779887915) q[2];
rx(2.4248007469761887) q[2];
crx(-0.14959318131617116) q[2],q[0];
