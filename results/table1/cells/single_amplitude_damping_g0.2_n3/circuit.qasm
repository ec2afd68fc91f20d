OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=8.1098518, t_star=2.0072666, qcrb=0.061430213, qfi=16.278635, n_genes=0
// ghz: best=8.1098518, t_star=2.0072666, qcrb=0.061430213, qfi=16.278635
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
