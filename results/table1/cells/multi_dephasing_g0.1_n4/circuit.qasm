OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=4.981633, t_star=5.3957894, qcrb=0.037202599, t_star_at_grid_edge=False, n_genes=24
// ghz: best=2.4141984, t_star=2.5268157, qcrb=0.16392813, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(0.09410836226275343) q[0];
rx(-1.1039407222986615) q[0];
rx(1.9341792595587863) q[1];
ry(0.8019920393610658) q[1];
ry(-1.4992006485619407) q[2];
rz(1.3794334031769084) q[0];
crx(2.1423266798712084) q[2],q[3];
rx(0.39204172417146843) q[1];
rx(1.808026221977948) q[1];
rz(-1.4242098059727604) q[3];
rx(-0.4004411686374678) q[3];
rz(-2.2978338676394165) q[3];
rx(0.255365779096965) q[3];
crx(-3.235002916396541) q[1],q[3];
ry(1.5900293862815307) q[1];
crx(-1.8346291957337957) q[1],q[3];
rz(-0.01769768468604438) q[3];
crx(1.802660381882381) q[2],q[1];
ry(3.1125551033157732) q[2];
crx(1.8483528981982909) q[2],q[0];
ry(2.3856053711279914) q[1];
crx(0.9546677847090077) q[1],q[0];
rz(-3.0567924422477257) q[0];
crx(1.993325677480761) q[2],q[0];
