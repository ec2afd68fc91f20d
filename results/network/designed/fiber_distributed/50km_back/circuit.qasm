OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.852199, 0.852199, 0.852199], back [0.852199, 0.852199, 0.852199] (one per sensor qubit)
// vqs: best=2.9751541, t_star=4.7651429, qcrb=0.070536613, t_star_at_grid_edge=False, qfi=14.177035, n_genes=12
// ghz: best=1.254141, t_star=1.6666666, qcrb=0.47841514, t_star_at_grid_edge=False, qfi=2.0902349
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(3.101282277451486) q[2];
crx(-2.927567974389238) q[1],q[0];
rz(0.02657543535557938) q[0];
rz(-0.2774182229979063) q[1];
rx(-1.3788865838046702) q[0];
ry(-0.026872176734777042) q[2];
ry(-1.531444392838469) q[1];
rx(-0.4373755368050172) q[1];
crx(-0.25274094914250617) q[0],q[2];
ry(-1.555952747114756) q[2];
ry(1.5607740529914143) q[0];
crx(3.3829707633301505) q[2],q[1];
