OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 5 genes, single task, bit_flip noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=16.882439, t_star=26.731887, qcrb=0.0022149363, t_star_at_grid_edge=False, qfi=451.48025, n_genes=5, cfi=451.29944, ccrb=0.0022158237
// ghz: best=16.858771, t_star=26.502535, qcrb=0.0022372069, t_star_at_grid_edge=False, qfi=446.98592, cfi=446.80018, ccrb=0.002238137
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[2];
h q[0];
cx q[0],q[1];
rx(3.086220818709158) q[0];
rz(-3.12482780660711) q[0];
rx(0.4901241198012274) q[0];
ry(-0.001083438891091415) q[0];
rx(2.596117227936162) q[0];
creg c[2];
rz(-3.151719537670165) q[0];
ry(-1.5707953476929892) q[0];
rz(-3.151718030959986) q[1];
ry(-1.5707976430000035) q[1];
measure q[0] -> c[0];
measure q[1] -> c[1];
