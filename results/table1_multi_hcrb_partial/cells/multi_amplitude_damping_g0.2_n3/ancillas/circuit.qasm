OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3 + 3 ancillas, init=ghz, 10 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.9525213, t_star=7.8821923, qcrb=0.051748684, t_star_at_grid_edge=False, n_genes=10, hcrb=0.064976633, hcrb_over_qcrb=1.255619, commutativity=1.7269925, hcrb_duality_gap=0.3382909
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
ry(-0.925844365588024) q[5];
crx(1.5342817829084183) q[2],q[5];
crx(1.1788353848948043) q[0],q[1];
rx(0.004348415829794394) q[1];
crx(1.6745374319232835) q[1],q[3];
crx(3.147334902160942) q[3],q[0];
crx(3.172218977884548) q[5],q[2];
crx(-2.9802950573527407) q[4],q[0];
crx(-0.052216554822373244) q[2],q[5];
crx(2.981340611723284) q[1],q[0];
