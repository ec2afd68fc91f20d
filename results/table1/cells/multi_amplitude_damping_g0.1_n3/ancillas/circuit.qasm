OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3 + 3 ancillas, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=3.7922707, t_star=9.034066, qcrb=0.022998258, t_star_at_grid_edge=False, n_genes=16, hcrb=0.029188879, hcrb_over_qcrb=1.2691778, commutativity=1.5014878, hcrb_duality_gap=1.462002e-14
// ghz: best=2.9635359, t_star=5.4692322, qcrb=0.053993502, t_star_at_grid_edge=False, hcrb=0.061696915, hcrb_over_qcrb=1.142673, commutativity=0.66187555, hcrb_duality_gap=0
// ancillas: q[3]..q[5] are noiseless qubits that do not sense (the sensors are q[0]..q[2])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[6];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
cx q[0],q[5];
rx(-2.584901336178538) q[2];
ry(0.26469236812309305) q[2];
crx(0.43787880507767274) q[2],q[3];
ry(-0.031730937851659924) q[4];
rx(-0.9469858580875381) q[2];
ry(-0.21829665489084116) q[2];
rx(1.8162680009820953) q[4];
rz(-0.30357222656592153) q[0];
crx(-2.317140845791779) q[2],q[4];
crx(-3.879447361945528) q[0],q[2];
ry(-0.003572088255585637) q[5];
crx(3.1446302223508615) q[4],q[0];
rx(2.523840141376832) q[2];
crx(4.711267290074286) q[0],q[1];
crx(3.0956253533862497) q[2],q[5];
crx(-3.148546919936011) q[1],q[0];
