OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.3313793, t_star=3.372365, qcrb=0.035591682, t_star_at_grid_edge=False, qfi=28.096452, n_genes=10
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.1969861
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.6546911231260053) q[0];
crx(4.93359807782327) q[0],q[1];
crx(4.933598077823269) q[0],q[1];
crx(-1.1526887896394247) q[0],q[3];
crx(3.7324446466799643) q[0],q[3];
ry(-1.0559823173730685) q[1];
crx(-3.5449133923219245) q[0],q[2];
ry(-1.1121408673301065) q[0];
crx(1.1854627273940284) q[3],q[2];
ry(-1.045835469999881) q[3];
