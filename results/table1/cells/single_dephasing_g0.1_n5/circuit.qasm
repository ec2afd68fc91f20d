OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 15 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=10.823459, t_star=3.1341028, qcrb=0.02947954, qfi=33.921831, n_genes=15
// ghz: best=9.196986, t_star=1, qcrb=0.10873127, qfi=9.196986
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(2.7512054285679586) q[0];
rx(3.100736559557049) q[4];
ry(0.7961687966657442) q[3];
ry(2.1059856047076373) q[4];
crx(-1.948175588456191) q[4],q[0];
rx(-0.34278140438971905) q[3];
ry(-2.661023048203021) q[2];
crx(0.008404953921586071) q[1],q[2];
rx(-0.9216674756619279) q[1];
rx(-0.34278140438972216) q[3];
crx(1.911532003398097) q[3],q[0];
ry(1.4623671517557604) q[4];
ry(-2.70050175146547) q[2];
ry(0.7891002093571235) q[0];
crx(0.006854093154777084) q[1],q[2];
