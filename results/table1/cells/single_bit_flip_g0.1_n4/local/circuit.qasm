OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=87.007417, t_star=20.256603, qcrb=0.00056545133, t_star_at_grid_edge=False, qfi=1768.4988, n_genes=1, cfi=1762.4747, ccrb=0.00056738403
// ghz: best=86.839558, t_star=20.078585, qcrb=0.00057132083, t_star_at_grid_edge=False, qfi=1750.33, cfi=1743.6154, ccrb=0.00057352097
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(3.1120754250752354) q[1];
creg c[4];
rz(-0.011141659174110854) q[0];
ry(-1.5708165762930753) q[0];
rz(-0.011129095418480797) q[1];
ry(-1.570775366367089) q[1];
rz(-0.01114835672711673) q[2];
ry(-1.5707758281211182) q[2];
rz(-0.011116645888181908) q[3];
ry(-1.5708098082801332) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
