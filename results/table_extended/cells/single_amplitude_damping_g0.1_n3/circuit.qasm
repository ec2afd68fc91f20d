OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 13 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.423158, t_star=4.2898394, qcrb=0.01337926, t_star_at_grid_edge=False, qfi=74.74255, n_genes=13
// ghz: best=16.219704, t_star=4.0145334, qcrb=0.015357553, t_star_at_grid_edge=False, qfi=65.114541
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(3.141586164934786) q[2],q[1];
rx(-3.1415858874884623) q[1];
crx(0.6733225775903837) q[2],q[0];
ry(2.1397096998514264) q[2];
crx(0.3905718193798707) q[2],q[0];
ry(-3.1107715133795377) q[2];
ry(-1.9529721578465158) q[0];
crx(2.0414086481379488) q[1],q[0];
rx(3.1415906701014986) q[1];
crx(3.141584289113173) q[2],q[1];
rz(-1.7521063730887143) q[0];
ry(2.0841902540787896) q[0];
ry(1.5707931319655035) q[0];
