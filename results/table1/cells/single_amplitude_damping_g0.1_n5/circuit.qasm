OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=27.833775, t_star=2.5526941, qcrb=0.014074375, qfi=71.051114, n_genes=0
// ghz: best=27.833775, t_star=2.5526941, qcrb=0.014074375, qfi=71.051114
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
