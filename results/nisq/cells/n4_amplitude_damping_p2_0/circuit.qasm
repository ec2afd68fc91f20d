OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 4 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=24.417956, t_star=3.5560379, qcrb=0.011516601, t_star_at_grid_edge=False, qfi=86.831177, n_genes=4
// ghz: best=22.182132, t_star=3.1577036, qcrb=0.014276618, t_star_at_grid_edge=False, qfi=70.0446
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.911024195754652) q[0];
crx(-3.1409257862655844) q[0],q[2];
crx(3.140935721493769) q[0],q[3];
crx(3.1409354877216065) q[0],q[1];
