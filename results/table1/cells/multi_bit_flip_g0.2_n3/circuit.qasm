OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=1.5091146, t_star=3.0847017, qcrb=0.21481501, t_star_at_grid_edge=False, n_genes=16
// ghz: best=1.1377345, t_star=1.9947617, qcrb=0.44062389, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(1.102762971726209) q[2];
rx(1.42380370631202) q[1];
rz(-2.9087146411128977) q[1];
ry(-0.5804176553066842) q[2];
rx(0.7770323445527385) q[2];
rz(1.4244875632743037) q[0];
rx(2.3527558340456247) q[0];
rx(2.2069973801427363) q[1];
rz(1.9400221712523615) q[1];
rx(-2.7158127726864016) q[2];
crx(0.7553472922383848) q[2],q[0];
crx(0.40688576675966387) q[1],q[2];
ry(-1.3921438898214642) q[1];
ry(2.7111585821536863) q[0];
rx(2.103129535921642) q[2];
rz(-0.15480039021439396) q[0];
