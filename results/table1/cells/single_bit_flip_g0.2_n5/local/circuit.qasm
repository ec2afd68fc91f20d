OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=63.001801, t_star=8.6749731, qcrb=0.0018203452, t_star_at_grid_edge=False, qfi=549.34637, n_genes=2, cfi=546.53893, ccrb=0.0018296958
// ghz: best=62.85023, t_star=8.5904047, qcrb=0.001841138, t_star_at_grid_edge=False, qfi=543.14233, cfi=539.90891, ccrb=0.0018521643
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(2.67752793348338) q[2];
rz(-2.7185408258058557) q[1];
creg c[5];
rz(-0.012942844987962608) q[0];
ry(-1.5707969824405632) q[0];
rz(-0.012942922163130836) q[1];
ry(-1.5707970613695543) q[1];
rz(-3.1545363002222415) q[2];
ry(-1.5707966594521396) q[2];
rz(-3.1545355457707007) q[3];
ry(-1.5707971352615542) q[3];
rz(-3.154535541411966) q[4];
ry(-1.570796811786213) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
