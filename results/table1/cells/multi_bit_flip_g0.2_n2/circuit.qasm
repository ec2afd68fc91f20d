OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 13 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=0.70575208, t_star=3.8007499, qcrb=0.37280226, t_star_at_grid_edge=False, n_genes=13
// ghz: best=0.51770412, t_star=3.0105787, qcrb=0.64160597, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(1.0832632144728063) q[0];
crx(0.48516084515202423) q[0],q[1];
rx(-0.48416993282140997) q[1];
ry(1.8695908922257907) q[0];
crx(2.6281227920281616) q[0],q[1];
ry(0.4052741382772709) q[1];
ry(1.2463270979531043) q[0];
crx(1.831123274550617) q[1],q[0];
rx(-0.8663927778278628) q[1];
rz(-1.9355588788443663) q[0];
crx(0.3660948030582879) q[0],q[1];
rx(-1.5742079518843481) q[1];
rx(2.1345141098409304) q[0];
