OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=4.9441365, t_star=5.431003, qcrb=0.0372417, n_genes=16
// ghz: best=3.4722913, t_star=4.2405434, qcrb=0.067914474
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(-1.554995081166519) q[3],q[0];
ry(-1.7941634763334267) q[3];
crx(-2.0084079464942106) q[3],q[0];
rz(2.001953294559046) q[2];
ry(-1.9435006514540123) q[3];
rx(1.8524879950184872) q[0];
rx(-0.8545261790105343) q[1];
rz(1.4040310841948251) q[1];
crx(-0.4007012989744738) q[0],q[3];
ry(-2.0229022819186815) q[0];
crx(0.3166217462428889) q[3],q[0];
crx(-4.166235232476983) q[0],q[2];
rz(0.0843291140193334) q[3];
crx(2.0634758461943288) q[1],q[2];
rx(-2.788825896933094) q[1];
crx(2.1169706284062504) q[3],q[2];
