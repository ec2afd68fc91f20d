OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=3.2163387, t_star=2.8012069, qcrb=0.11099235, n_genes=16
// ghz: best=2.3680677, t_star=2.2560462, qcrb=0.18717933
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rx(-1.7915870383768466) q[1];
ry(1.7560623949627727) q[4];
rz(0.004294164938266398) q[4];
crx(-1.601413433103806) q[1],q[0];
crx(-0.22126030457967183) q[3],q[2];
ry(-1.5660705677363456) q[1];
ry(2.3022166567140374) q[3];
crx(2.5917329445997135) q[3],q[0];
rx(-0.6620880773139728) q[0];
ry(2.9210678791056095) q[0];
crx(-1.6517880098812043) q[4],q[0];
ry(2.2822434974644494) q[2];
rx(-1.5559756466618186) q[1];
rx(-1.2754008455825097) q[0];
crx(-2.503753518260154) q[2],q[0];
ry(0.9486877322549994) q[4];
