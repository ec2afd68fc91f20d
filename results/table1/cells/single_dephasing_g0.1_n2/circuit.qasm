OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 2 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=3.9245524, t_star=4.082851, qcrb=0.062408873, qfi=16.023363, n_genes=2
// ghz: best=3.6787944, t_star=2.5000001, qcrb=0.10873127, qfi=9.1969865
qreg q[2];
h q[0];
cx q[0],q[1];
ry(-0.5399753324367853) q[0];
rx(1.0909395501875956) q[0];
