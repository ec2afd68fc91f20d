OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 2 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=3.9245524, t_star=4.0828562, qcrb=0.062408792, t_star_at_grid_edge=False, qfi=16.023383, n_genes=2
// ghz: best=3.6787944, t_star=2.5, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986
qreg q[2];
h q[0];
cx q[0],q[1];
ry(0.47378160835083616) q[0];
ry(-0.6898940419046822) q[1];
