OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=2.5978706, t_star=7.7378952, qcrb=0.049746169, t_star_at_grid_edge=False, n_genes=24
// ghz: best=1.9357475, t_star=2.4644976, qcrb=0.20961525, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(1.3516237766953065) q[2],q[3];
crx(3.1757261253448474) q[0],q[3];
crx(2.151019206336643) q[2],q[1];
crx(0.8127964584549372) q[2],q[1];
rx(-0.18018877139213796) q[3];
crx(2.941548125720806) q[0],q[2];
rx(2.0514100868824334) q[1];
crx(-0.7258932670312721) q[3],q[0];
rx(-1.084060891556538) q[2];
crx(-0.15945031895956865) q[2],q[1];
rz(1.4040024466153858) q[3];
ry(-0.007648326789719828) q[2];
rz(2.137391389250684) q[0];
rz(-2.884778750998289) q[3];
rx(-1.0295259849128833) q[3];
rz(1.4389630274088852) q[2];
rz(2.293547510396989) q[3];
ry(1.7293718373443427) q[3];
rz(0.9040881840009156) q[0];
rx(-1.5470206461282574) q[1];
ry(-0.47614827153331873) q[3];
rz(1.1730118493549062) q[3];
rx(-1.547020646128245) q[1];
crx(-1.7175788311576399) q[3],q[0];
