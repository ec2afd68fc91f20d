OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 2 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=5.5181916, t_star=1.6666666, qcrb=0.075603978, t_star_at_grid_edge=False, qfi=13.226817, n_genes=2, cfi=9.1969858, ccrb=0.10873128
// ghz: best=5.5181916, t_star=1.6666667, qcrb=0.075603976, t_star_at_grid_edge=False, qfi=13.226818, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(0.7140925141464618) q[2];
rz(1.9736648920235664) q[2];
creg c[3];
rz(-5.4954609829056515) q[0];
ry(-1.5707963272594612) q[0];
rz(-1.3289755091335171) q[1];
ry(-1.5707963186718903) q[1];
rz(-3.8173025661448543) q[2];
ry(-1.570796325209229) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
