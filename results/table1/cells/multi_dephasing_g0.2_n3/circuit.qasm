OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.5094681, t_star=3.086438, qcrb=0.2145945, t_star_at_grid_edge=False, n_genes=16, hcrb=0.21464388, hcrb_over_qcrb=1.0002301, commutativity=0.019531748, hcrb_duality_gap=0
// ghz: best=1.0359164, t_star=1.5651668, qcrb=0.61675776, t_star_at_grid_edge=False, hcrb=0.6167578, hcrb_over_qcrb=1.0000001, commutativity=0.0011824598, hcrb_duality_gap=0
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(1.5125701842947175) q[0],q[2];
rz(-2.796383461027046) q[2];
rx(-2.9741975927042676) q[0];
crx(-0.3180255658121066) q[1],q[0];
ry(0.5607141219257166) q[1];
rx(-2.7327189706563373) q[2];
rz(1.6079938277791772) q[0];
rx(2.761223401829522) q[1];
ry(0.6123475173113815) q[2];
rx(-1.073970662833097) q[2];
crx(-1.6300440862684904) q[0],q[2];
rz(-1.1252848519210872) q[1];
rx(-2.217959079706139) q[0];
ry(1.5312174067696338) q[2];
rz(0.7594493131282842) q[0];
ry(-2.4081289822985767) q[1];
