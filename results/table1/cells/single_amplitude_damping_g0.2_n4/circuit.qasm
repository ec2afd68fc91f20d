OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=11.091066, t_star=1.5788518, qcrb=0.057106471, qfi=17.51115, n_genes=0
// ghz: best=11.091066, t_star=1.5788518, qcrb=0.057106471, qfi=17.51115
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
