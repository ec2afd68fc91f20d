OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=4.9065951, t_star=5.4719869, qcrb=0.037245579, n_genes=16
// ghz: best=2.2884281, t_star=2.522705, qcrb=0.17321929
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(1.5627052249365034) q[3];
rx(2.418565015328377) q[0];
crx(-1.4014349985781835) q[3],q[0];
ry(-1.6334582823943635) q[3];
ry(-2.676443676639521) q[0];
ry(2.9808256734204193) q[3];
crx(1.1715349375296988) q[0],q[2];
rz(1.9844382875507023) q[2];
rx(1.4118494540502615) q[1];
crx(-1.0408962297447828) q[3],q[2];
ry(0.7563738527642201) q[3];
ry(1.7320436817945595) q[2];
rz(0.7720940409202135) q[2];
crx(-0.8023450155347266) q[3],q[2];
crx(-0.065183856998985) q[0],q[2];
rx(-2.0825170584196435) q[2];
