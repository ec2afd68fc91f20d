OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=18.367886, t_star=4.5077906, qcrb=0.012077501, t_star_at_grid_edge=False, qfi=82.798585, n_genes=5
// ghz: best=19.276167, t_star=3.1192041, qcrb=0.016631657, t_star_at_grid_edge=False, qfi=60.1263
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(0.21695494415154393) q[2];
ry(1.8420295455655475) q[3];
crx(2.85009206793802) q[3],q[2];
crx(-3.1633492729634605) q[2],q[1];
ry(1.5945815364661424) q[0];
