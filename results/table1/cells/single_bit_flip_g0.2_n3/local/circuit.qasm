OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 3 genes, single task, bit_flip noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=28.06398, t_star=13.828053, qcrb=0.0025726398, t_star_at_grid_edge=False, qfi=388.7058, n_genes=3, cfi=388.07021, ccrb=0.0025768533
// ghz: best=28.018709, t_star=13.699329, qcrb=0.0026006542, t_star_at_grid_edge=False, qfi=384.51864, cfi=383.83751, ccrb=0.0026052691
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(0.29423543115913375) q[1];
rz(2.274223126830332) q[1];
rz(0.5519411085482502) q[1];
creg c[3];
rz(-0.009904996399993959) q[0];
ry(-1.5707963045396425) q[0];
rz(-0.009905706399998526) q[1];
ry(-1.570797237596284) q[1];
rz(-3.151498468327485) q[2];
ry(-1.5707959348282206) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
