OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=9.6923337, t_star=5.3536777, qcrb=0.019271673, qfi=51.889631, n_genes=0
// ghz: best=9.6923337, t_star=5.3536777, qcrb=0.019271673, qfi=51.889631
qreg q[2];
h q[0];
cx q[0],q[1];
