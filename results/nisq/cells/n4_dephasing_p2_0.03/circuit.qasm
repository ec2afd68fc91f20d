OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 5 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=7.2923855, t_star=5, qcrb=0.027425868, t_star_at_grid_edge=False, qfi=36.461927, n_genes=5
// ghz: best=6.4715719, t_star=1.25, qcrb=0.12361757, t_star_at_grid_edge=False, qfi=8.0894649
qreg q[4];
rx(2.3405688686426993) q[1];
rx(-1.5609686046503612) q[3];
rx(2.3769297956643882) q[1];
ry(1.6444825394869218) q[2];
rx(1.5752733243439643) q[0];
