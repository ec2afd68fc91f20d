OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=3.018782, t_star=6.1745654, qcrb=0.053649028, t_star_at_grid_edge=False, n_genes=16
// ghz: best=2.071833, t_star=3.1303338, qcrb=0.15418943, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(1.0035893021052464) q[1],q[2];
rx(-0.9391297174950575) q[1];
rx(1.9275254645340736) q[0];
rz(0.16679885745151912) q[0];
ry(-1.681818650398516) q[1];
rx(-0.29971971137599995) q[1];
rx(0.01793796569830919) q[1];
crx(-4.387891687009778) q[2],q[1];
ry(2.095721699516938) q[1];
crx(-0.6845585760321791) q[0],q[1];
rz(0.8636432160541121) q[2];
crx(-3.217727049068837) q[1],q[2];
rz(1.7804903709752313) q[1];
ry(0.29978061618306384) q[2];
rx(-0.37787760978299634) q[2];
crx(0.04221140197567068) q[2],q[0];
