OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 8 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.1499054, t_star=3.658447, qcrb=0.044446216, t_star_at_grid_edge=False, qfi=22.499103, n_genes=8
// ghz: best=5.5181916, t_star=1.6666667, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.6185374910502235) q[0];
crx(3.5611621919652645) q[0],q[1];
crx(-2.7048928314197727) q[0],q[2];
ry(-0.7769402969366297) q[0];
crx(1.7187136220960895) q[1],q[0];
ry(-0.948823221177419) q[1];
rz(-1.4869321042358257) q[0];
crx(2.068794680491986) q[1],q[0];
