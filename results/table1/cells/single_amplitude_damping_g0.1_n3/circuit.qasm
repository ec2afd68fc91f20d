OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=16.219704, t_star=4.0145334, qcrb=0.015357553, qfi=65.114542, n_genes=0
// ghz: best=16.219704, t_star=4.0145334, qcrb=0.015357553, qfi=65.114542
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
