OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=87.307296, t_star=20.11566, qcrb=0.000569397, t_star_at_grid_edge=False, qfi=1756.2439, n_genes=1
// ghz: best=87.175162, t_star=19.930589, qcrb=0.00057555535, t_star_at_grid_edge=False, qfi=1737.4523
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(3.1149548295194682) q[1];
