OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=56.806653, t_star=6.959813, qcrb=0.0025293168, qfi=395.36368, n_genes=2
// ghz: best=41.915504, t_star=3.881823, qcrb=0.0061459578, qfi=162.70857
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(1.2689830323663935) q[3];
rz(-1.268968049043295) q[1];
