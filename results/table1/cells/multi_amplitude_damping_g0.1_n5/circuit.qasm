OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 24 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=6.4955188, t_star=15.576861, qcrb=0.0098833966, t_star_at_grid_edge=False, n_genes=24
// ghz: best=4.7637904, t_star=4.6166154, qcrb=0.045469864, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-1.781777915427849) q[3],q[2];
crx(0.7813766283559096) q[3],q[1];
crx(-3.736388103574718) q[4],q[1];
rx(1.0444055468587043) q[1];
rz(2.2410060245088754) q[3];
rx(-0.013424509508950244) q[0];
rx(-2.2883315201785237) q[3];
rz(1.4256481036885225) q[2];
rz(-2.1865121422266336) q[1];
rz(-0.6899483040611059) q[0];
crx(1.5783416843936842) q[0],q[4];
ry(-0.0015964252443505522) q[3];
rz(-0.23294910918109357) q[4];
ry(0.33588820647220174) q[2];
rx(1.2371505317668543) q[3];
crx(1.5569064342739554) q[0],q[4];
crx(2.948026798649987) q[0],q[3];
crx(-0.2305940692456477) q[3],q[1];
rz(2.273401870619871) q[3];
crx(3.2810344710378794) q[2],q[0];
rz(-0.9385568032996066) q[2];
crx(-0.025470291681200682) q[2],q[1];
ry(0.9903285538094764) q[4];
crx(-1.8608465195673307) q[2],q[0];
