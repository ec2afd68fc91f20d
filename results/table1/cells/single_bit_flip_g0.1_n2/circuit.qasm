OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=33.778428, t_star=53.335328, qcrb=0.00055506724, t_star_at_grid_edge=False, qfi=1801.5835, n_genes=2
// ghz: best=33.731585, t_star=52.872311, qcrb=0.00056070568, t_star_at_grid_edge=False, qfi=1783.4669
qreg q[2];
h q[0];
cx q[0],q[1];
rz(-0.7782096027063452) q[1];
rz(0.7610039576628727) q[0];
