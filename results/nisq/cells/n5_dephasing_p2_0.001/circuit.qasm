OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 9 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=9.7838128, t_star=4.0780985, qcrb=0.025063063, t_star_at_grid_edge=False, qfi=39.899353, n_genes=9
// ghz: best=9.1469687, t_star=0.99999994, qcrb=0.10932584, t_star_at_grid_edge=False, qfi=9.1469681
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
rx(-1.5393995996011354) q[2];
rx(-1.784756173692425) q[4];
rz(2.5061929677014465) q[4];
ry(1.5698693985007335) q[3];
crx(2.2910668487361843) q[4],q[1];
crx(-3.201889213974164) q[1],q[0];
crx(1.5742512917849014) q[0],q[4];
crx(-2.4697772970116905) q[2],q[4];
rx(-1.1585156740947669) q[1];
