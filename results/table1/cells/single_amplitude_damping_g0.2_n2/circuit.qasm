OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=4.8461668, t_star=2.6768389, qcrb=0.077086692, qfi=12.972408, n_genes=0
// ghz: best=4.8461668, t_star=2.6768389, qcrb=0.077086692, qfi=12.972408
qreg q[2];
h q[0];
cx q[0],q[1];
