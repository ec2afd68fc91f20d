OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=22.182132, t_star=3.1577035, qcrb=0.014276619, qfi=70.044597, n_genes=0
// ghz: best=22.182132, t_star=3.1577035, qcrb=0.014276619, qfi=70.044597
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
