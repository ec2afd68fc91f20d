OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 7 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=20.235655, t_star=4.5591696, qcrb=0.010839194, t_star_at_grid_edge=False, qfi=92.257783, n_genes=7
// ghz: best=22.171941, t_star=3.1575766, qcrb=0.014283755, t_star_at_grid_edge=False, qfi=70.009602
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-3.1173007949863134) q[3];
rx(-0.8444949497392304) q[2];
rx(1.563139258668354) q[0];
ry(-3.079566765768794) q[3];
ry(2.0394814524549663) q[2];
crx(-3.0591433121606797) q[2],q[1];
crx(-3.113439291451782) q[2],q[3];
