OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.1499574, t_star=3.6586187, qcrb=0.044443754, t_star_at_grid_edge=False, qfi=22.500349, n_genes=12
// ghz: best=5.5181916, t_star=1.6666667, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.1969859
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(-1.1449652627996456) q[2],q[1];
rx(-1.1752671133426018) q[1];
ry(-1.3590898221928813) q[2];
crx(2.358680045848735) q[0],q[1];
ry(0.19928179337049423) q[0];
ry(-2.8386274933356797) q[0];
ry(1.612432000913846) q[2];
rx(-2.034009261170523) q[2];
rx(-2.57318182259992) q[1];
rz(3.124233754069671) q[0];
rx(-0.5407053138552893) q[0];
rx(1.6049367456555812) q[0];
