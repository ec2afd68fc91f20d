OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=43.50371, t_star=10.128234, qcrb=0.0022618188, t_star_at_grid_edge=False, qfi=442.12206, n_genes=2, cfi=440.61574, ccrb=0.0022695512
// ghz: best=43.419779, t_star=10.039292, qcrb=0.0022852833, t_star_at_grid_edge=False, qfi=437.58251, cfi=435.90386, ccrb=0.0022940839
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(0.1756523965225676) q[3];
rz(-0.20511544406688342) q[2];
creg c[4];
rz(-0.011143022155277937) q[0];
ry(-1.5707957558156191) q[0];
rz(-0.011143341703131004) q[1];
ry(-1.5707971224779822) q[1];
rz(-3.1527354062830693) q[2];
ry(-1.570797272609464) q[2];
rz(-0.011143427992697607) q[3];
ry(-1.5707967115586468) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
