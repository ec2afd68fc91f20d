OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=5.445934, t_star=1.6019571, qcrb=0.11462432, qfi=8.7241523, n_genes=16
// ghz: best=4.598493, t_star=0.5, qcrb=0.43492509, qfi=2.2992465
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(1.0624969795717096) q[1],q[2];
crx(-1.5081186344385737) q[3],q[2];
rx(2.318392491261819) q[0];
ry(-0.0789809443046825) q[1];
ry(0.01221784433312667) q[0];
rx(2.9374148702251084) q[4];
ry(-0.20424579612985116) q[3];
crx(-3.2786915075381238) q[4],q[0];
crx(3.0034096272253383) q[3],q[0];
rx(-0.9867753344403929) q[1];
ry(1.080353009034206) q[4];
crx(0.6625139209553901) q[1],q[2];
rx(-0.980832879331309) q[3];
ry(-2.662235881905704) q[2];
ry(1.0803530090342068) q[4];
ry(-2.6622358819057035) q[2];
