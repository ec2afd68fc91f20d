OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=126.0036, t_star=17.349941, qcrb=0.00045508643, t_star_at_grid_edge=False, qfi=2197.3848, n_genes=1, cfi=2186.1551, ccrb=0.00045742408
// ghz: best=125.70046, t_star=17.18081, qcrb=0.00046028448, t_star_at_grid_edge=False, qfi=2172.5695, cfi=2159.6358, ccrb=0.00046304104
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(3.1005779269985343) q[4];
creg c[5];
rz(-0.012942798700760183) q[0];
ry(-1.5707952367803515) q[0];
rz(-0.012942781703183503) q[1];
ry(-1.570797175375376) q[1];
rz(-0.012941934421720733) q[2];
ry(-1.5707972604326317) q[2];
rz(-0.01294278169105898) q[3];
ry(-1.5707957253472322) q[3];
rz(-0.012942781690960392) q[4];
ry(-1.5707961616353432) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
