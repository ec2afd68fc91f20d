OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.852199, 0.852199, 0.852199], back [0.852199, 0.852199, 0.852199] (one per sensor qubit)
// vqs: best=2.9736755, t_star=4.772342, qcrb=0.070465229, t_star_at_grid_edge=False, qfi=14.191396, n_genes=12
// ghz: best=1.254141, t_star=1.6666666, qcrb=0.47841514, t_star_at_grid_edge=False, qfi=2.0902349
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(2.9591780799477974) q[2];
crx(-2.9247876744360846) q[1],q[0];
ry(-1.6153446308843125) q[1];
crx(-0.6705973142362956) q[2],q[1];
ry(-0.3263965980120407) q[2];
rx(-2.6875016356402597) q[0];
rz(0.21334149432389848) q[0];
rz(-0.4195224205015968) q[1];
crx(-0.42856305808468237) q[0],q[2];
ry(-1.6580070113389251) q[2];
ry(1.4358491223816356) q[0];
crx(3.3882130681857303) q[2],q[1];
