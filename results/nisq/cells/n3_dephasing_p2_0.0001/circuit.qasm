OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.1018279, t_star=3.6566019, qcrb=0.044819021, t_star_at_grid_edge=False, qfi=22.311955, n_genes=7
// ghz: best=5.5165639, t_star=1.6666667, qcrb=0.10876336, t_star_at_grid_edge=False, qfi=9.1942732
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(2.415968831349602) q[1];
crx(1.7798339067041726) q[1],q[2];
rx(2.200908865707561) q[1];
crx(-2.553867834996608) q[2],q[0];
ry(-1.6144901385400643) q[1];
ry(-0.717251928369) q[1];
ry(-1.1323374291925394) q[2];
