OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 15 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.2586489, t_star=5.00111, qcrb=0.12448203, t_star_at_grid_edge=False, n_genes=15, hcrb=0.15886528, hcrb_over_qcrb=1.2762106, commutativity=1.5738357, hcrb_duality_gap=1.9218254e-15
// ghz: best=1.0674554, t_star=3.4288276, qcrb=0.23238509, t_star_at_grid_edge=False, hcrb=0.27321505, hcrb_over_qcrb=1.1756996, commutativity=0.77410914, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(0.7344954367341072) q[0],q[3];
rx(-1.6440739916056624) q[1];
crx(0.8767685536934537) q[3],q[1];
rz(0.5423119478148979) q[2];
ry(-1.5461012585903045) q[3];
crx(0.9681407613782413) q[1],q[0];
ry(0.046633789416857585) q[1];
crx(3.0764657901843777) q[3],q[0];
crx(2.993601370133505) q[2],q[0];
rx(2.7722196771730667) q[1];
ry(1.7393474183570579) q[0];
crx(4.7858899029818325) q[3],q[2];
crx(-1.786284845805023) q[3],q[0];
crx(-1.1853622760428035) q[2],q[0];
rx(-1.6235753458018805) q[0];
