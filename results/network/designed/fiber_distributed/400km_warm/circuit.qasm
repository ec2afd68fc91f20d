OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.563578, 0.563578, 0.563578], back [0.563578, 0.563578, 0.563578] (one per sensor qubit)
// vqs: best=0.55707934, t_star=4.9928946, qcrb=0.3595262, t_star_at_grid_edge=False, qfi=2.7814384, n_genes=12
// ghz: best=0.017397043, t_star=1.6666668, qcrb=34.488618, t_star_at_grid_edge=False, qfi=0.028995073
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(3.071387932712657) q[2];
crx(-3.1039147986342117) q[1],q[0];
rz(0.0837266016739755) q[0];
rz(-0.30731256773673366) q[1];
rx(-0.5801520361010191) q[0];
ry(-0.10223827781490202) q[2];
ry(-1.5129889952252065) q[1];
rx(-0.3967487541021688) q[1];
crx(-0.07235372581485945) q[0],q[2];
ry(-1.4898700718135178) q[2];
ry(1.5687376889402183) q[0];
crx(3.1798861370500733) q[2],q[1];
