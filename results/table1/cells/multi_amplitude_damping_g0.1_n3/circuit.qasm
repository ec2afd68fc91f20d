OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=2.8735467, t_star=14.753182, qcrb=0.017506316, t_star_at_grid_edge=False, n_genes=16, hcrb=0.023588267, hcrb_over_qcrb=1.3474147, commutativity=1.7843481, hcrb_duality_gap=8.8250154e-16
// ghz: best=2.5875883, t_star=4.6763488, qcrb=0.078076002, t_star_at_grid_edge=False, hcrb=0.082641449, hcrb_over_qcrb=1.0584744, commutativity=0.3233889, hcrb_duality_gap=0
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(-0.23871015015760388) q[1];
crx(2.7072363984180248) q[2],q[1];
rx(-1.8290734050493174) q[0];
rz(-0.2884872613181666) q[1];
rx(-3.1222138703265) q[2];
ry(1.655887799174483) q[1];
rz(-2.5491534909737767) q[2];
rx(-1.9959080554088744) q[2];
crx(-2.303545592893527) q[2],q[0];
crx(2.119403101314942) q[0],q[1];
crx(-0.7855256987469798) q[1],q[2];
crx(-0.30719759841057565) q[2],q[0];
crx(2.9521075543256035) q[0],q[2];
crx(2.1009359954318896) q[2],q[1];
ry(-1.5054887043709395) q[2];
rz(-2.9550721685421473) q[2];
