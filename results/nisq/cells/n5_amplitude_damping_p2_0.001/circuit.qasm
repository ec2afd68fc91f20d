OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 7 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=27.046284, t_star=4.6010806, qcrb=0.0080358637, t_star_at_grid_edge=False, qfi=124.44213, n_genes=7
// ghz: best=27.672424, t_star=2.551749, qcrb=0.014161682, t_star_at_grid_edge=False, qfi=70.613081
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(0.35784968755713864) q[1];
rx(1.8860102005779922) q[1];
crx(-3.0654913573608447) q[1],q[3];
ry(-1.7141358669943414) q[4];
crx(-3.1729987526273264) q[1],q[2];
rx(-0.03266523802329813) q[0];
crx(3.19503369958452) q[4],q[0];
