OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 9 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.42286, t_star=4.2899282, qcrb=0.013379212, t_star_at_grid_edge=False, qfi=74.742816, n_genes=9
// ghz: best=16.219704, t_star=4.0145332, qcrb=0.015357553, t_star_at_grid_edge=False, qfi=65.114538
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(0.2205939213139203) q[1];
ry(0.6328628464161317) q[0];
ry(-2.4673758576119744) q[1];
crx(-0.010797576458333026) q[1],q[0];
rz(2.9250399950523533) q[0];
ry(2.2399051047896528) q[1];
rx(2.0673520281286564) q[0];
crx(3.1510589750840765) q[0],q[2];
crx(-3.149698778753664) q[0],q[1];
