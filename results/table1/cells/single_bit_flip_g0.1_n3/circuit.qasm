OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=56.220397, t_star=27.46842, qcrb=0.00064754866, t_star_at_grid_edge=False, qfi=1544.2855, n_genes=2
// ghz: best=56.137348, t_star=27.199895, qcrb=0.00065490888, t_star_at_grid_edge=False, qfi=1526.93
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(1.388088716681338) q[0];
rz(1.7331170544013963) q[0];
