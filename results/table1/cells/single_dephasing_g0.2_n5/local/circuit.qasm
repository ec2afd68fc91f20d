OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 2 genes, single task, dephasing noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=4.598493, t_star=0.5, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465, n_genes=2, cfi=2.2992465, ccrb=0.43492509
// ghz: best=4.598493, t_star=0.5, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465, cfi=2.2992465, ccrb=0.43492509
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-2.1055885576257882) q[3];
rz(-0.09287428426944322) q[2];
creg c[5];
rz(-6.167652004159134) q[0];
ry(-1.5707963267948966) q[0];
rz(-6.167652004159134) q[1];
ry(-1.5707963267948966) q[1];
rz(-6.167652004159134) q[2];
ry(-1.5707963267948966) q[2];
rz(-6.167652004159134) q[3];
ry(-1.5707963267948966) q[3];
rz(-6.167652004159135) q[4];
ry(-1.5707963267948966) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
