OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=7.864635, t_star=4.1028136, qcrb=0.030991289, t_star_at_grid_edge=False, qfi=32.267132, n_genes=10
// ghz: best=7.2653003, t_star=1.2499999, qcrb=0.11011245, t_star_at_grid_edge=False, qfi=9.0816249
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
ry(1.5640839244559146) q[0];
rx(1.209504030833127) q[1];
ry(2.2386433913033823) q[3];
rx(-2.8643479482754644) q[3];
ry(-1.4383901084956487) q[2];
rz(2.440945487148772) q[3];
crx(0.8377238985348047) q[2],q[1];
crx(-2.7463758339522855) q[2],q[3];
rz(0.8174010768343685) q[2];
rx(-0.6770470978734355) q[2];
