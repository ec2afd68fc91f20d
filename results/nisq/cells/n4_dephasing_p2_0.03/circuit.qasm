OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 5 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=7.3025251, t_star=5, qcrb=0.027387787, t_star_at_grid_edge=False, qfi=36.512625, n_genes=5
// ghz: best=6.4715719, t_star=1.25, qcrb=0.12361757, t_star_at_grid_edge=False, qfi=8.0894649
qreg q[4];
rx(-1.5698012033776434) q[0];
rx(-1.5677560970679927) q[3];
rx(-1.5732711539722584) q[1];
ry(2.7982585935741024) q[2];
ry(1.9147510648923545) q[2];
