OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 4 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=24.29891, t_star=3.5530566, qcrb=0.011582734, t_star_at_grid_edge=False, qfi=86.335404, n_genes=4
// ghz: best=22.080371, t_star=3.1564331, qcrb=0.014348188, t_star_at_grid_edge=False, qfi=69.695212
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.9104322525057102) q[0];
crx(3.1411926882299) q[0],q[1];
crx(-3.1411977462725598) q[0],q[2];
crx(3.141231119801935) q[0],q[3];
