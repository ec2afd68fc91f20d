OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 6 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=21.82462, t_star=5.6786818, qcrb=0.0080687408, t_star_at_grid_edge=False, qfi=123.93507, n_genes=6
// ghz: best=23.304036, t_star=2.5238396, qcrb=0.017002278, t_star_at_grid_edge=False, qfi=58.815648
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
rx(-1.5541036150336254) q[0];
ry(1.1114028381839836) q[2];
ry(0.6183869254383607) q[2];
ry(-1.7216677536022496) q[4];
crx(3.1457184819878616) q[4],q[3];
crx(-3.142144664075079) q[2],q[1];
