OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 1 gene, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=5.5181916, t_star=1.6666667, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986, n_genes=1, cfi=9.196986, ccrb=0.10873127
// ghz: best=5.5181916, t_star=1.6666666, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.1969859, cfi=9.1969859, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(2.9825829073257486) q[1];
creg c[3];
rz(-4.900949554923635) q[0];
ry(-1.5707963310978703) q[0];
rz(-3.668603176557564) q[1];
ry(-1.570796330964516) q[1];
rz(-2.317011810698664) q[2];
ry(-1.5707963272292869) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
