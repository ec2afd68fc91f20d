OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 4 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=0.70340331, t_star=3.7790365, qcrb=0.37619628, n_genes=4
// ghz: best=0.47897621, t_star=3.0809101, qcrb=0.67765248
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(-2.228518681189419) q[0];
crx(-1.826135535448072) q[1],q[0];
ry(1.272032378640663) q[1];
ry(0.22692394512979464) q[0];
