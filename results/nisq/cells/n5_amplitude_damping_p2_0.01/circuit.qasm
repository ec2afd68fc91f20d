OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=22.688723, t_star=5.6920873, qcrb=0.007743163, t_star_at_grid_edge=False, qfi=129.14619, n_genes=5
// ghz: best=26.253128, t_star=2.5431922, qcrb=0.014977515, t_star_at_grid_edge=False, qfi=66.76675
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
rx(-1.744776669570838) q[2];
rx(-1.7395764401327196) q[4];
rx(1.564984256883072) q[0];
crx(-3.1653236613578875) q[2],q[1];
crx(-3.146820965968132) q[4],q[3];
