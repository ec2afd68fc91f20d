OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 11 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=6.1357015, t_star=3.6528891, qcrb=0.04461689, t_star_at_grid_edge=False, qfi=22.413037, n_genes=11
// ghz: best=5.5165639, t_star=1.6666667, qcrb=0.10876336, t_star_at_grid_edge=False, qfi=9.1942732
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(-1.014422924757687) q[1];
rx(-0.5669336389346693) q[2];
ry(1.6668400527700236) q[0];
crx(2.8207809783593154) q[0],q[1];
crx(-2.2078198795904327) q[0],q[2];
ry(-0.5903644775088823) q[0];
ry(-0.36193069982564197) q[0];
crx(1.3107764182590957) q[0],q[2];
ry(-0.12141496910657867) q[1];
ry(0.15928600430114725) q[1];
crx(-0.7091387082881324) q[0],q[2];
