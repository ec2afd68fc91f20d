OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=2.6047758, t_star=7.9075423, qcrb=0.048549876, n_genes=16
// ghz: best=1.9366791, t_star=2.4678356, qcrb=0.20923104
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(1.9641790682224674) q[0];
rz(-0.7712434862402149) q[0];
rx(-0.3844777643041182) q[3];
crx(0.015289748574238697) q[2],q[1];
ry(-2.0439114798774995) q[0];
crx(-4.506193441259582) q[2],q[3];
rz(2.7513555469823032) q[1];
crx(3.1235687918868167) q[2],q[0];
ry(0.1070614125352729) q[2];
ry(-0.8898890371056187) q[0];
crx(0.21295634190383111) q[1],q[0];
crx(3.1458656048356906) q[1],q[2];
crx(3.836485684791744) q[3],q[1];
ry(-1.1438591172197698) q[2];
crx(3.8364856847917452) q[3],q[1];
rz(2.297955760774938) q[0];
