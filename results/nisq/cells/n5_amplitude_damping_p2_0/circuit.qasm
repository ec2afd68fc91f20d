OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=23.176481, t_star=4.775405, qcrb=0.0090352939, t_star_at_grid_edge=False, qfi=110.67709, n_genes=5
// ghz: best=27.833775, t_star=2.552694, qcrb=0.014074375, t_star_at_grid_edge=False, qfi=71.051111
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.8630613782220458) q[1];
crx(-3.215958589694918) q[1],q[3];
ry(-1.5930651411310064) q[4];
crx(3.115362301579353) q[1],q[0];
ry(-1.590214952703088) q[2];
