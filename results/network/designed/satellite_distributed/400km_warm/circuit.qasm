OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.950418, 0.950418, 0.950418], back [0.950418, 0.950418, 0.950418] (one per sensor qubit)
// vqs: best=4.7885019, t_star=4.2964776, qcrb=0.048605765, t_star_at_grid_edge=False, qfi=20.573691, n_genes=12
// ghz: best=3.4776623, t_star=1.6666667, qcrb=0.17252969, t_star_at_grid_edge=False, qfi=5.7961038
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(0.15527303038133944) q[2];
crx(0.3515364623201664) q[2],q[1];
ry(-0.15575028188894358) q[2];
crx(-2.8033138639730115) q[1],q[2];
crx(-2.283938095288238) q[0],q[1];
crx(3.144911299110122) q[1],q[0];
ry(-3.105356162652525) q[2];
rx(1.0464247940392921) q[2];
rz(-3.115761513481335) q[1];
rx(1.557582065707983) q[1];
ry(1.5149589176493112) q[2];
crx(3.0671602395098065) q[1],q[0];
