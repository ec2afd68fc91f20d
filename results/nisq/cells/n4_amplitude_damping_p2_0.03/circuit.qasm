OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 4 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=21.043252, t_star=3.468913, qcrb=0.013699154, t_star_at_grid_edge=False, qfi=72.997211, n_genes=4
// ghz: best=19.276167, t_star=3.1192041, qcrb=0.016631657, t_star_at_grid_edge=False, qfi=60.1263
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.8933700893329182) q[0];
crx(3.1423936692408923) q[0],q[1];
crx(-3.142392812973442) q[0],q[2];
crx(3.1423520473549926) q[0],q[3];
