OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 1 gene, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=1.9622762, t_star=2.0414232, qcrb=0.24963577, qfi=4.0058361, n_genes=1
// ghz: best=1.8393972, t_star=1.25, qcrb=0.43492509, qfi=2.2992465
qreg q[2];
h q[0];
cx q[0],q[1];
rx(-1.1636717366861906) q[1];
