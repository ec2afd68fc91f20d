OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 7 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=0.70575734, t_star=3.8000398, qcrb=0.37286915, t_star_at_grid_edge=False, n_genes=7
// ghz: best=0.51198635, t_star=3.0135941, qcrb=0.64812215, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
ry(-0.2466678998621994) q[0];
rz(2.411759855564407) q[1];
ry(-1.9888480866460825) q[0];
rx(1.0303924492457135) q[1];
crx(2.745843303879641) q[0],q[1];
ry(3.1010831919270228) q[0];
rz(2.174810736550608) q[1];
