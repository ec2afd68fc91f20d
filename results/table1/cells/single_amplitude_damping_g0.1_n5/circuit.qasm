OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 8 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=30.282197, t_star=3.5987299, qcrb=0.0091762106, qfi=108.97745, n_genes=8
// ghz: best=27.833775, t_star=2.5526941, qcrb=0.014074375, qfi=71.051114
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-2.199109959843334) q[1],q[0];
ry(-1.2953785014899546) q[0];
crx(-1.3757518247021558) q[2],q[0];
crx(3.1416179872082575) q[0],q[3];
crx(-0.8939705165440354) q[2],q[3];
crx(0.8939549355701383) q[1],q[3];
crx(3.1416395671297486) q[0],q[4];
crx(-3.141600883789728) q[1],q[0];
