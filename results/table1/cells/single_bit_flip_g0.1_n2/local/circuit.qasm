OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=33.764877, t_star=53.463725, qcrb=0.00055373459, t_star_at_grid_edge=False, qfi=1805.9193, n_genes=1, cfi=1805.1961, ccrb=0.00055395644
// ghz: best=33.717543, t_star=53.005078, qcrb=0.00055930165, t_star_at_grid_edge=False, qfi=1787.944, cfi=1787.201, ccrb=0.00055953416
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[2];
h q[0];
cx q[0],q[1];
rz(-0.017300530816622306) q[0];
creg c[2];
rz(-0.010125112223517729) q[0];
ry(-1.5707962443353087) q[0];
rz(-0.010125098195431479) q[1];
ry(-1.570797301387389) q[1];
measure q[0] -> c[0];
measure q[1] -> c[1];
