OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 9 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.423158, t_star=4.2898399, qcrb=0.013379258, qfi=74.742559, n_genes=9
// ghz: best=16.219704, t_star=4.0145334, qcrb=0.015357553, qfi=65.114542
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(0.8277669278255857) q[2],q[0];
ry(1.5708238015983582) q[2];
rx(1.3666508901524264) q[1];
rx(2.5396440266343037) q[1];
crx(4.753726045813381) q[2],q[1];
ry(-1.5707583945213677) q[2];
crx(0.6138507543228151) q[1],q[0];
ry(2.1244654600251476) q[0];
ry(1.0171343965316133) q[0];
