OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 23 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=3.2194541, t_star=2.539995, qcrb=0.1222883, t_star_at_grid_edge=False, n_genes=23
// ghz: best=2.4233322, t_star=2.2869772, qcrb=0.18043684, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-1.378148799462975) q[1],q[2];
rx(-2.9536743669951715) q[4];
crx(-2.8931625438513597) q[2],q[3];
crx(-0.1717030242934796) q[0],q[4];
crx(3.437570730431005) q[3],q[0];
crx(-2.2909858792362394) q[1],q[0];
rx(2.305389083933112) q[3];
crx(1.686636543086027) q[0],q[4];
crx(-2.851300195403891) q[2],q[3];
rz(0.45659124038393184) q[2];
crx(0.734738949294486) q[1],q[3];
rx(3.037948147678158) q[1];
rz(1.3854277800505264) q[0];
rx(-2.0915281566400044) q[2];
crx(-0.7840204451105616) q[1],q[0];
crx(2.2431561942136793) q[2],q[3];
ry(-0.12203926196916459) q[4];
crx(1.4928544317565888) q[2],q[1];
crx(-2.125764315507018) q[4],q[0];
crx(1.935796469614764) q[3],q[1];
crx(-0.1789175292742866) q[0],q[4];
crx(-1.4009698682045402) q[4],q[1];
crx(0.43004856510658995) q[0],q[3];
