OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 3 genes, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=37.33992, t_star=7.1182101, qcrb=0.0037623207, qfi=265.7934, n_genes=3
// ghz: best=26.389998, t_star=3.8901853, qcrb=0.0097407043, qfi=102.66198
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(1.903133856828246) q[2];
rz(2.497926524474968) q[3];
rz(-1.2594131865553602) q[0];
