OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=43.884512, t_star=14.719224, qcrb=0.0015481172, qfi=645.94595, n_genes=2
// ghz: best=29.391704, t_star=7.9418221, qcrb=0.0042840554, qfi=233.42369
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(1.208474736604324) q[1];
rz(-1.2083816183077873) q[0];
