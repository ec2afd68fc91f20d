OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 21 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=24.41789, t_star=3.5567258, qcrb=0.011514404, t_star_at_grid_edge=False, qfi=86.84774, n_genes=21
// ghz: best=22.182132, t_star=3.1577036, qcrb=0.014276618, t_star_at_grid_edge=False, qfi=70.0446
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(3.0126098987609993) q[2];
crx(-2.794666922726879) q[0],q[3];
ry(-1.5611446137477154) q[0];
ry(-2.3799372008339983) q[2];
crx(-0.34684592959810406) q[1],q[3];
rz(2.5956723276845137) q[1];
crx(2.1650286550220805) q[2],q[0];
crx(1.1533023586674866) q[0],q[1];
ry(-1.6295765355525869) q[0];
ry(0.00018009878361802123) q[3];
rx(1.360152781021311) q[1];
crx(1.2449697333641219) q[0],q[2];
crx(6.057796525121542e-06) q[1],q[3];
rz(-2.6691379408576643) q[2];
rx(1.1575436889285502) q[1];
ry(-2.7496708950781965) q[2];
rx(0.005065565894382562) q[0];
ry(0.04754423642849348) q[0];
crx(-3.1416450523161576) q[0],q[3];
crx(1.3782849997268146e-05) q[3],q[0];
crx(0.025589542259092903) q[0],q[1];
