OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3 + 3 ancillas, init=ghz, 7 genes, multi task, bit_flip noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.7892722, t_star=3.3418443, qcrb=0.16723893, t_star_at_grid_edge=False, n_genes=7, hcrb=0.16723893, hcrb_over_qcrb=1, commutativity=4.0190201e-16, hcrb_duality_gap=1.659636e-16
// ghz: best=1.7694602, t_star=3.3192887, qcrb=0.1702606, t_star_at_grid_edge=False, hcrb=0.1702606, hcrb_over_qcrb=1, commutativity=1.3115461e-15, hcrb_duality_gap=0
// ancillas: q[3]..q[5] are noiseless qubits that do not sense (the sensors are q[0]..q[2])
qreg q[6];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
cx q[0],q[5];
ry(-0.1662052433979615) q[1];
ry(-0.758848873778359) q[0];
ry(-0.07675561290685051) q[2];
rz(1.4591245035356346) q[0];
rx(0.755729665457169) q[2];
rx(0.74399679359919) q[1];
rz(0.1311435907184042) q[1];
