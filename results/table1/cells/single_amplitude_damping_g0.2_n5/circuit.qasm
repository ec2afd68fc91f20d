OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=13.916888, t_star=1.2763471, qcrb=0.056297499, qfi=17.762778, n_genes=0
// ghz: best=13.916888, t_star=1.2763471, qcrb=0.056297499, qfi=17.762778
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
