OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 3 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=5.4851017, t_star=5, qcrb=0.036462405, t_star_at_grid_edge=False, qfi=27.425508, n_genes=3
// ghz: best=5.0427832, t_star=1.6666667, qcrb=0.11898192, t_star_at_grid_edge=False, qfi=8.4046386
qreg q[3];
ry(-1.5731956830907476) q[0];
ry(1.5678903129384452) q[2];
rx(-1.5723634451126944) q[1];
