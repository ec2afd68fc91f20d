OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 7 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=6.1159688, t_star=3.6699657, qcrb=0.044552568, t_star_at_grid_edge=False, qfi=22.445395, n_genes=7
// ghz: best=5.5019274, t_star=1.6666667, qcrb=0.10905269, t_star_at_grid_edge=False, qfi=9.169879
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.5762189303296177) q[0];
crx(3.129166828376991) q[0],q[1];
crx(-2.2725263361433337) q[0],q[2];
ry(-1.3597796174412504) q[0];
rz(1.0135494396671048) q[1];
ry(-1.5669613552529822) q[1];
crx(-0.8871104371784929) q[0],q[2];
