OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 14 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=12.208981, t_star=1.778339, qcrb=0.046058099, qfi=21.711708, n_genes=14
// ghz: best=11.091066, t_star=1.5788518, qcrb=0.057106471, qfi=17.51115
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(-1.2407232761275304) q[1],q[2];
ry(0.7914775321166347) q[2];
ry(-2.891311587306472) q[2];
crx(3.1415837246636844) q[2],q[0];
rz(-2.6332130853330082) q[3];
crx(-2.3100820084272486) q[3],q[1];
crx(-3.141583004642095) q[0],q[1];
crx(-3.1415944725700906) q[3],q[2];
crx(-0.8315141219197718) q[3],q[1];
rx(-1.4061660869595018) q[3];
rz(-0.8321340989273396) q[3];
crx(2.4189035915039425) q[0],q[3];
ry(0.47532812321071694) q[3];
ry(0.09545078492334635) q[3];
