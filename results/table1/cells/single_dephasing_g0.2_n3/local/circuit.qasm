OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 0 genes, single task, dephasing noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=2.7590958, t_star=0.83333333, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465, n_genes=0, cfi=2.2992465, ccrb=0.43492509
// ghz: best=2.7590958, t_star=0.83333333, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465, cfi=2.2992465, ccrb=0.43492509
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
creg c[3];
rz(-5.884225116013579) q[0];
ry(-1.5707963267985996) q[0];
rz(-5.135150865788127) q[1];
ry(-1.5707963268007534) q[1];
rz(-0.02619830575425413) q[2];
ry(-1.5707963267905776) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
