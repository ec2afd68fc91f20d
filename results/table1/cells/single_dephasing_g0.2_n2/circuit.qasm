OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 2 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=1.9622762, t_star=2.0414258, qcrb=0.24963545, t_star_at_grid_edge=False, qfi=4.0058414, n_genes=2
// ghz: best=1.8393972, t_star=1.25, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465
qreg q[2];
h q[0];
cx q[0],q[1];
rx(2.418868246517869) q[0];
ry(2.1269855358314995) q[0];
