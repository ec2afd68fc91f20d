OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 9 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=6.0405824, t_star=3.6497915, qcrb=0.04535792, t_star_at_grid_edge=False, qfi=22.046866, n_genes=9
// ghz: best=5.4694858, t_star=1.6666667, qcrb=0.10969953, t_star_at_grid_edge=False, qfi=9.1158097
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.7360595136604964) q[0];
crx(3.9354906983214817) q[0],q[1];
crx(-2.6379879527176713) q[0],q[2];
rx(1.1671947001342353) q[0];
ry(-2.3995887389497184) q[2];
ry(-2.404682726229515) q[2];
ry(0.39109694219164126) q[0];
ry(0.11233299730009039) q[1];
crx(-1.1798466565256747) q[0],q[2];
