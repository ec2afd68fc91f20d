OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=21.942267, t_star=7.3621474, qcrb=0.0061903326, qfi=161.54221, n_genes=1
// ghz: best=14.695852, t_star=3.9709111, qcrb=0.017136222, qfi=58.355922
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(-3.141565973756842) q[2];
