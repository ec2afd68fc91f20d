OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 4 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=24.06221, t_star=3.5482234, qcrb=0.011712606, t_star_at_grid_edge=False, qfi=85.378097, n_genes=4
// ghz: best=21.877879, t_star=3.1538899, qcrb=0.014492665, t_star_at_grid_edge=False, qfi=69.000423
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.9100675256533284) q[0];
crx(3.1410885236729222) q[0],q[1];
crx(-3.1410957690789996) q[0],q[2];
crx(3.141113968562379) q[0],q[3];
