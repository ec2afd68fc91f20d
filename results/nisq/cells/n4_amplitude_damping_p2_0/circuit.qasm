OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 7 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=20.24261, t_star=4.5593894, qcrb=0.010834947, t_star_at_grid_edge=False, qfi=92.293942, n_genes=7
// ghz: best=22.182132, t_star=3.1577036, qcrb=0.014276618, t_star_at_grid_edge=False, qfi=70.0446
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-3.1173486474010943) q[3];
rx(-0.8444596506018245) q[2];
rx(1.563128194102573) q[0];
ry(-3.079667728946063) q[3];
ry(2.039625863717877) q[2];
crx(-3.0591794156264993) q[2],q[1];
crx(-3.113549266787304) q[2],q[3];
