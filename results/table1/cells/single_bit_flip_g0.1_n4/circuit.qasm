OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=74.679853, t_star=14.241373, qcrb=0.0009402529, qfi=1063.5436, n_genes=1
// ghz: best=52.779996, t_star=7.7803705, qcrb=0.0024351761, qfi=410.64793
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(3.54614641957518e-05) q[1];
