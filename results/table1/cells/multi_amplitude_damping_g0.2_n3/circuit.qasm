OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.4367722, t_star=7.3763049, qcrb=0.070028504, t_star_at_grid_edge=False, n_genes=16, hcrb=0.094356806, hcrb_over_qcrb=1.3474057, commutativity=1.784391, hcrb_duality_gap=1.4707776e-16
// ghz: best=1.2937942, t_star=2.3381745, qcrb=0.31230399, t_star_at_grid_edge=False, hcrb=0.33056578, hcrb_over_qcrb=1.0584744, commutativity=0.32338892, hcrb_duality_gap=0
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.3208819653694874) q[2];
crx(-0.3460644625753226) q[0],q[1];
crx(-3.6328194393661772) q[1],q[2];
rz(-2.343683071241338) q[2];
rz(0.001322542264400095) q[1];
rx(3.1178541423666903) q[0];
crx(2.7304941364599613) q[0],q[1];
crx(0.6458146916811142) q[2],q[1];
crx(-4.438998423186531) q[2],q[0];
ry(1.1231519496412083) q[0];
crx(3.1410581412010736) q[0],q[1];
crx(3.878665921591633) q[1],q[0];
crx(-0.05315910870156729) q[2],q[0];
rx(-2.115346377023726) q[1];
crx(0.6528364789586834) q[2],q[1];
ry(1.80563490848637) q[0];
