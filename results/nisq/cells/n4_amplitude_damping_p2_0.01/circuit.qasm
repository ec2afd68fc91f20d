OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 10 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=19.5569, t_star=4.5304875, qcrb=0.01128639, t_star_at_grid_edge=False, qfi=88.602292, n_genes=10
// ghz: best=21.179926, t_star=3.1449599, qcrb=0.015012757, t_star_at_grid_edge=False, qfi=66.610019
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.223654171407508) q[1];
rx(1.1614307993451742) q[1];
rx(1.8616731804290207) q[2];
rx(-2.0695261418099977) q[3];
rz(1.5466435805864132) q[3];
rz(-3.019535185265658) q[1];
crx(-3.2852023272311466) q[2],q[1];
rx(1.568096333484192) q[0];
ry(2.0671526585662683) q[3];
crx(-3.134898822384217) q[2],q[3];
