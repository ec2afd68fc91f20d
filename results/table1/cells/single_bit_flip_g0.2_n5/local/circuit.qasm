OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=63.001801, t_star=8.6749617, qcrb=0.0018203475, t_star_at_grid_edge=False, qfi=549.34565, n_genes=2, cfi=546.53821, ccrb=0.0018296982
// ghz: best=62.85023, t_star=8.5904035, qcrb=0.0018411383, t_star_at_grid_edge=False, qfi=543.14226, cfi=539.90884, ccrb=0.0018521645
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(3.074860082778354) q[2];
rz(-3.1158729207979228) q[4];
creg c[5];
rz(-0.01294218519072896) q[0];
ry(-1.5707969087454925) q[0];
rz(-3.1545345401993656) q[1];
ry(-1.5707969312879309) q[1];
rz(-3.1545352479298887) q[2];
ry(-1.5707961158749495) q[2];
rz(-0.012942012418480897) q[3];
ry(-1.5707968136783852) q[3];
rz(-0.012942319526864952) q[4];
ry(-1.5707962359649454) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
