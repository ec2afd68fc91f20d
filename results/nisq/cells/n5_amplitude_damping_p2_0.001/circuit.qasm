OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=30.647402, t_star=2.9338503, qcrb=0.011121628, t_star_at_grid_edge=False, qfi=89.91489, n_genes=5
// ghz: best=27.672424, t_star=2.551749, qcrb=0.014161682, t_star_at_grid_edge=False, qfi=70.613081
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.9281539726377908) q[0];
crx(3.142244460911242) q[0],q[1];
crx(-3.140997575920829) q[0],q[2];
crx(3.14099881170504) q[0],q[3];
crx(-3.1409873072599415) q[0],q[4];
