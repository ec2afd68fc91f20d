OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=43.884627, t_star=14.726327, qcrb=0.0015473664, qfi=646.25936, n_genes=1
// ghz: best=29.391704, t_star=7.9418221, qcrb=0.0042840554, qfi=233.42369
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(3.141579793630573) q[1];
