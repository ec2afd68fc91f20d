OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.4821789, t_star=3.3858807, qcrb=0.03481937, qfi=28.719646, n_genes=11
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, qfi=9.1969859
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-1.2412740443951331) q[0];
ry(-0.9583326042278144) q[1];
ry(-0.3337852239027983) q[2];
rz(1.9889755239004376) q[2];
crx(-7.90382422933159e-06) q[1],q[2];
ry(-2.966922332453969) q[2];
ry(0.958337180734401) q[3];
ry(-2.532021940488605) q[2];
ry(1.9711197758472006) q[0];
rz(-2.301979326847956) q[0];
rx(-1.4611696166573018) q[0];
