OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3 + 3 ancillas, init=ghz, 14 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.9018345, t_star=4.9306939, qcrb=0.083617679, t_star_at_grid_edge=False, n_genes=14, hcrb=0.10663978, hcrb_over_qcrb=1.2753258, commutativity=1.5596501, hcrb_duality_gap=2.6027413e-15
// ghz: best=1.4817679, t_star=2.7346161, qcrb=0.21597401, t_star_at_grid_edge=False, hcrb=0.24678766, hcrb_over_qcrb=1.142673, commutativity=0.66187555, hcrb_duality_gap=0
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
ry(-1.1810444375333222) q[5];
crx(4.850963397436569) q[0],q[1];
crx(-1.8773749919097902) q[5],q[0];
rx(-0.8796993520282461) q[1];
rx(1.0294864723146944) q[4];
rx(2.9406932522800675) q[2];
crx(-0.7294515781801854) q[3],q[0];
crx(-1.2360349819698144) q[5],q[2];
crx(-0.7294515781802061) q[3],q[0];
rx(2.918997587283224) q[2];
crx(3.168817062980089) q[0],q[1];
crx(-1.2360349819698186) q[5],q[2];
crx(-3.463448092968378) q[3],q[0];
crx(3.7039642097282517) q[4],q[0];
