OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 7 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=7.8892728, t_star=3.4968631, qcrb=0.036248029, t_star_at_grid_edge=False, qfi=27.587707, n_genes=7
// ghz: best=7.3267333, t_star=1.25, qcrb=0.10918918, t_star_at_grid_edge=False, qfi=9.1584167
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.8990062973117867) q[0];
crx(2.0259238732063696) q[0],q[1];
crx(2.968001294784115) q[0],q[3];
ry(1.4183038719129852) q[3];
crx(-4.2539202317787765) q[0],q[2];
ry(-1.1324634163755634) q[0];
ry(-0.20925991927605603) q[1];
