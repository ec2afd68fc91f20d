OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=9.1410128, t_star=5, qcrb=0.021879414, t_star_at_grid_edge=False, qfi=45.705064, n_genes=5
// ghz: best=7.7861135, t_star=0.99999994, qcrb=0.12843379, t_star_at_grid_edge=False, qfi=7.7861131
qreg q[5];
rx(-1.5730144485455084) q[2];
ry(1.5738421442776636) q[3];
ry(-1.5542456806773264) q[4];
rx(1.5574494369753662) q[1];
ry(1.5742412557205387) q[0];
