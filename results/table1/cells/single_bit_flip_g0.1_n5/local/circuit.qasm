OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 3 genes, single task, bit_flip noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=126.0036, t_star=17.350065, qcrb=0.00045508323, t_star_at_grid_edge=False, qfi=2197.4002, n_genes=3, cfi=2186.1707, ccrb=0.00045742083
// ghz: best=125.70046, t_star=17.18081, qcrb=0.00046028448, t_star_at_grid_edge=False, qfi=2172.5695, cfi=2159.6358, ccrb=0.00046304104
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-1.054737130514118) q[3];
rz(0.777457486572966) q[1];
rz(-2.9053316328501455) q[2];
creg c[5];
rz(-0.012947921272367078) q[0];
ry(-1.5708009036709307) q[0];
rz(-0.01294859561482895) q[1];
ry(-1.5707935433019373) q[1];
rz(-0.012948219774228529) q[2];
ry(-1.5707917859805198) q[2];
rz(-0.01295164038075989) q[3];
ry(-1.5707938173337015) q[3];
rz(-0.01294811880554001) q[4];
ry(-1.570801598820437) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
