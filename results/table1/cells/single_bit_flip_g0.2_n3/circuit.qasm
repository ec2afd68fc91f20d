OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=28.110198, t_star=13.734207, qcrb=0.0025901952, t_star_at_grid_edge=False, qfi=386.0713, n_genes=2
// ghz: best=28.068674, t_star=13.599946, qcrb=0.0026196358, t_star_at_grid_edge=False, qfi=381.73245
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(1.3880887686213752) q[0];
rz(1.7331171063414326) q[0];
