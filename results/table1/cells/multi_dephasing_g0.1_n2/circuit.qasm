OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 7 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=1.4115147, t_star=7.6000795, qcrb=0.093217288, t_star_at_grid_edge=False, n_genes=7
// ghz: best=1.0239727, t_star=6.0271881, qcrb=0.16203054, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rz(2.4117600162376664) q[1];
ry(-0.24666800072373496) q[0];
ry(-1.9888481875076163) q[0];
rx(1.030392802519656) q[1];
crx(2.745843267734215) q[0],q[1];
ry(3.101083240965754) q[0];
rz(2.174811005224827) q[1];
