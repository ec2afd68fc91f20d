OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=56.127961, t_star=27.656136, qcrb=0.00064315927, t_star_at_grid_edge=False, qfi=1554.8248, n_genes=2, cfi=1552.2825, ccrb=0.00064421263
// ghz: best=56.037418, t_star=27.398658, qcrb=0.00065016354, t_star_at_grid_edge=False, qfi=1538.0746, cfi=1535.35, ccrb=0.00065131727
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(2.492186798540299) q[1];
rz(0.6282112794828056) q[1];
creg c[3];
rz(-0.00990597669714071) q[0];
ry(-1.5707972689483802) q[0];
rz(-0.009905852243007293) q[1];
ry(-1.5707958077987956) q[1];
rz(-0.009905958463160417) q[2];
ry(-1.57079585362828) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
