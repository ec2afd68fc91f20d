OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 6 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=4.2410895, t_star=1.6929326, qcrb=0.13927812, t_star_at_grid_edge=False, qfi=7.1798785, n_genes=6
// ghz: best=3.6787944, t_star=0.625, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(3.0169705653578216) q[3];
rx(2.183264155740967) q[3];
rx(-2.183267134293885) q[0];
rz(2.9819667874382514) q[2];
ry(2.1832561650974194) q[1];
rx(2.1832586446309667) q[2];
