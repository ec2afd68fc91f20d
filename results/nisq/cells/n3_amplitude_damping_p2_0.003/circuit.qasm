OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 3 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=17.237915, t_star=4.2826889, qcrb=0.013545615, t_star_at_grid_edge=False, qfi=73.824628, n_genes=3
// ghz: best=16.056675, t_star=4.0101027, qcrb=0.015530623, t_star_at_grid_edge=False, qfi=64.388917
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.851847462631289) q[0];
crx(3.1421494841257176) q[0],q[1];
crx(-3.142150022979681) q[0],q[2];
