OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 21 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=12.208981, t_star=1.7783386, qcrb=0.046058111, t_star_at_grid_edge=False, qfi=21.711702, n_genes=21
// ghz: best=11.091066, t_star=1.5788518, qcrb=0.057106472, t_star_at_grid_edge=False, qfi=17.51115
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(3.1415914072520454) q[2];
crx(-3.1424555753787105) q[3],q[2];
crx(1.023971603628748) q[3],q[1];
ry(-0.6109834576799114) q[3];
ry(-0.6109834576799145) q[3];
rx(-3.140726020177669) q[2];
ry(-1.7717079215802802) q[0];
ry(-1.771707921580286) q[0];
crx(-2.6224236674210086) q[0],q[1];
rz(-2.7052235143689702) q[2];
crx(-3.141617734640688) q[3],q[0];
crx(-2.143848546051621) q[3],q[1];
crx(0.10444199483754431) q[0],q[1];
crx(-2.816683612606031) q[0],q[1];
rx(1.513158807921326) q[1];
crx(-0.4433621614401339) q[1],q[3];
crx(0.946012133296898) q[0],q[1];
rx(0.5723867034755168) q[1];
crx(-1.3260712242241677) q[0],q[3];
crx(-3.1408472048160445) q[3],q[2];
ry(-1.1564810769957505) q[0];
