OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=9.6076214, t_star=4.2970573, qcrb=0.024222166, t_star_at_grid_edge=False, qfi=41.2845, n_genes=10
// ghz: best=9.0475693, t_star=0.99999999, qcrb=0.11052692, t_star_at_grid_edge=False, qfi=9.0475692
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
rx(-1.4828178400565717) q[3];
ry(1.7143546770857228) q[3];
rx(-1.1761714384057083) q[4];
rz(0.9143627254153452) q[4];
ry(-1.990352388005527) q[0];
rx(-1.5706422651120828) q[2];
crx(-1.1701209960758334) q[3],q[4];
crx(-3.1555679108170684) q[2],q[1];
rx(-1.184816680519356) q[1];
ry(-2.723982061078056) q[0];
