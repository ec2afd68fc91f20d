OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 3 genes, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=37.340078, t_star=7.126162, qcrb=0.0037581066, qfi=266.09144, n_genes=3
// ghz: best=26.389998, t_star=3.8901853, qcrb=0.0097407043, qfi=102.66198
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(-2.536649469475497) q[3];
rz(-1.2098943655884746) q[1];
rz(-2.536649469475498) q[3];
