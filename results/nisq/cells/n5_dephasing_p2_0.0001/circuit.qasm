OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 11 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=10.428546, t_star=2.8462071, qcrb=0.033690676, t_star_at_grid_edge=False, qfi=29.681803, n_genes=11
// ghz: best=9.1919747, t_star=0.99999999, qcrb=0.10879055, t_star_at_grid_edge=False, qfi=9.1919747
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.3255064997430361) q[0];
crx(1.72755405463641) q[0],q[1];
crx(-1.7284484063336567) q[0],q[2];
crx(1.7294514822118336) q[0],q[3];
ry(-0.18398671038990377) q[0];
ry(1.7209936965993355) q[0];
crx(1.1590078402218966) q[0],q[1];
rx(-0.842215244486404) q[4];
crx(1.157242824643357) q[0],q[3];
crx(-1.1577613022047368) q[0],q[2];
crx(-1.1659171334948635) q[0],q[4];
