OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=25.599317, t_star=2.858772, qcrb=0.013664448, t_star_at_grid_edge=False, qfi=73.182612, n_genes=5
// ghz: best=23.304036, t_star=2.5238396, qcrb=0.017002278, t_star_at_grid_edge=False, qfi=58.815648
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.9086799781195154) q[0];
crx(-3.141256051625235) q[0],q[2];
crx(-3.141264454593865) q[0],q[4];
crx(3.141889555364321) q[0],q[3];
crx(3.1419358669892334) q[0],q[1];
