OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 6 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.0433706, t_star=2.7104042, qcrb=0.045869906, t_star_at_grid_edge=False, qfi=21.800786, n_genes=6
// ghz: best=7.3544991, t_star=1.2499999, qcrb=0.10877696, t_star_at_grid_edge=False, qfi=9.1931234
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
ry(-2.549409937054988) q[2];
crx(-1.6510956924259994) q[2],q[3];
crx(3.132826374281593) q[3],q[0];
ry(1.0145797976979543) q[2];
ry(0.9256239184444466) q[0];
crx(-2.1756848742383865) q[2],q[1];
