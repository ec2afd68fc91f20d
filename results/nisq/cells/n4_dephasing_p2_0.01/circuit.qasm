OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=7.6378736, t_star=4.1346784, qcrb=0.03166546, t_star_at_grid_edge=False, qfi=31.580151, n_genes=11
// ghz: best=7.0531851, t_star=1.25, qcrb=0.11342393, t_star_at_grid_edge=False, qfi=8.8164814
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
ry(1.5588363035112351) q[0];
rx(1.2791446601615855) q[1];
rz(2.819036921520965) q[1];
rx(-1.7798195903803504) q[2];
rx(-1.5731793533796075) q[3];
rx(1.4371685291137455) q[2];
crx(-0.8258519164924016) q[3],q[1];
ry(1.4976993305444255) q[1];
ry(1.208256712726202) q[2];
ry(-1.8307158924462146) q[1];
crx(-3.0237736044416805) q[3],q[2];
