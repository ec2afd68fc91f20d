OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.563578, 0.563578, 0.563578], back [0.563578, 0.563578, 0.563578] (one per sensor qubit)
// vqs: best=0.55707596, t_star=4.99298, qcrb=0.35952223, t_star_at_grid_edge=False, qfi=2.7814692, n_genes=11
// ghz: best=0.017397043, t_star=1.6666668, qcrb=34.488618, t_star_at_grid_edge=False, qfi=0.028995073
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(3.09147433573274) q[2];
crx(-3.1043975907781634) q[1],q[0];
rz(-0.2872261647166532) q[1];
rx(0.49269079222831014) q[0];
ry(-0.14499407540954135) q[2];
ry(-1.5100242843979745) q[1];
rx(-0.357640752952332) q[1];
crx(0.07723327610576641) q[0],q[2];
ry(-1.4459902847685768) q[2];
ry(1.5708446110726708) q[0];
crx(3.1798348264499157) q[2],q[1];
