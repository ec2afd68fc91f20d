OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.197256, 0.197256, 0.197256], back [0.197256, 0.197256, 0.197256] (one per sensor qubit)
// vqs: best=0.0083543861, t_star=4.9999984, qcrb=23.939528, t_star_at_grid_edge=False, qfi=0.041771917, n_genes=11
// ghz: best=7.6250342e-08, t_star=1.6666667, qcrb=7868817.2, t_star_at_grid_edge=False, qfi=1.270839e-07
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(3.0697585065231365) q[2];
crx(-3.1410118683408674) q[1],q[0];
rz(-0.30894199392625543) q[1];
rx(0.0570726805338011) q[0];
ry(-0.15818701291908477) q[2];
ry(-1.4774358965775765) q[1];
rx(-0.38254454635988067) q[1];
crx(0.00951588177562075) q[0],q[2];
ry(-1.4474145561043485) q[2];
ry(1.570826897599697) q[0];
crx(3.142147213648305) q[2],q[1];
