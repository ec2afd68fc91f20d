OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 7 genes, multi task, dephasing noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=1.1670839, t_star=5.7809332, qcrb=0.14821767, t_star_at_grid_edge=False, n_genes=7, hcrb=0.14821767, hcrb_over_qcrb=1, commutativity=4.2377168e-12, hcrb_duality_gap=0
// ghz: best=1.0239727, t_star=6.0271878, qcrb=0.16203055, t_star_at_grid_edge=False, hcrb=0.16203055, hcrb_over_qcrb=1, commutativity=2.7485206e-16, hcrb_duality_gap=0
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rz(-0.8155395923002615) q[1];
ry(4.545030008351603e-06) q[0];
ry(4.545030008351603e-06) q[0];
rx(1.2792509456183154e-06) q[1];
crx(-1.2015245199325852e-08) q[0],q[1];
ry(-9.089686168195499e-06) q[0];
rz(-0.8103204384982061) q[1];
