OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 1 gene, single task, amplitude_damping noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=18.393972, t_star=2, qcrb=0.018594069, t_star_at_grid_edge=False, qfi=53.780589, n_genes=1, cfi=36.787944, ccrb=0.027182818
// ghz: best=18.393972, t_star=2, qcrb=0.018594069, t_star_at_grid_edge=False, qfi=53.780591, cfi=36.787945, ccrb=0.027182818
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-0.779234158507943) q[0];
creg c[5];
rz(-0.8968458445434264) q[0];
ry(-1.5707963265110017) q[0];
rz(-2.782177797954354) q[1];
ry(-1.5707963270665561) q[1];
rz(-4.9560650609986245) q[2];
ry(-1.570796326525858) q[2];
rz(-1.4017798449439496) q[3];
ry(-1.5707963270593566) q[3];
rz(-0.27947158068725736) q[4];
ry(-1.5707963269758933) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
