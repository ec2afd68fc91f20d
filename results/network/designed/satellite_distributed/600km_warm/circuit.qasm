OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.948476, 0.948476, 0.948476], back [0.948476, 0.948476, 0.948476] (one per sensor qubit)
// vqs: best=4.7434554, t_star=4.3123506, qcrb=0.048886745, t_star_at_grid_edge=False, qfi=20.455443, n_genes=12
// ghz: best=3.413092, t_star=1.6666667, qcrb=0.17579368, t_star_at_grid_edge=False, qfi=5.6884866
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(0.08817722038302778) q[2];
crx(0.34624005775667493) q[2],q[1];
ry(-0.08804897142144874) q[2];
crx(-2.8098083994144325) q[1],q[2];
crx(-2.2766164614976994) q[0],q[1];
crx(3.1466074542693407) q[1],q[0];
ry(-3.1407808519862934) q[2];
rx(1.7060563497055172) q[2];
rz(-3.1287893888308065) q[1];
rx(1.5633899732439653) q[1];
ry(1.5442931530134985) q[2];
crx(3.093474897459008) q[1],q[0];
