OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 22 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=4.8123623, t_star=5.428628, qcrb=0.038278208, t_star_at_grid_edge=False, n_genes=22
// ghz: best=3.5590209, t_star=4.2864776, qcrb=0.065549426, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-1.0553466897964894) q[3];
rx(1.6331208794034016) q[2];
rx(1.3326820950221165) q[1];
crx(3.053672177766559) q[2],q[1];
rz(0.9423956554049289) q[3];
crx(-2.604346284351084) q[1],q[0];
crx(-1.3066946053099682) q[2],q[3];
crx(-2.604346284351082) q[1],q[0];
crx(-0.36005870164912834) q[1],q[2];
rx(3.021631718858199) q[3];
ry(3.029878458893233) q[1];
ry(3.0672908536385552) q[2];
rx(-2.4125834725198634) q[0];
ry(-0.8689382876339189) q[0];
crx(-0.5089525144399519) q[1],q[3];
rx(1.3672755106107015) q[1];
crx(-1.40002590730368) q[0],q[2];
crx(2.2059510599514347) q[0],q[3];
ry(-0.3829099987434277) q[3];
ry(-2.7887309439262427) q[0];
ry(-1.3380948315663914) q[0];
rz(0.11101455904753843) q[3];
