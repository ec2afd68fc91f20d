OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.4797162, t_star=5.5083412, qcrb=0.0280171, n_genes=16
// ghz: best=2.57887, t_star=2.1405777, qcrb=0.1811505
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
ry(-1.801138194154903) q[2];
ry(-1.3331650607051249) q[0];
crx(1.6622131288280528) q[2],q[3];
crx(0.10327870742199675) q[3],q[4];
rx(1.5036089046416103) q[0];
ry(-1.5447390075910594) q[4];
rx(1.5036089046416041) q[0];
ry(-1.8070523338309945) q[1];
rx(1.6679839961089238) q[4];
rz(3.02529021636279) q[3];
ry(0.18193291572304915) q[4];
ry(-0.3565728572527802) q[4];
crx(-1.5928859692436623) q[0],q[3];
crx(-1.5929357310668195) q[1],q[3];
crx(-1.5461910067964466) q[4],q[3];
ry(1.9080656798857465) q[3];
