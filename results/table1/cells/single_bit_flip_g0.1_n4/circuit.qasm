OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=87.307296, t_star=20.115658, qcrb=0.00056939707, t_star_at_grid_edge=False, qfi=1756.2437, n_genes=1
// ghz: best=87.175162, t_star=19.930583, qcrb=0.00057555553, t_star_at_grid_edge=False, qfi=1737.4518
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(-0.02663813440421059) q[0];
