OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 7 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=4.9779185, t_star=2.7092955, qcrb=0.074147385, qfi=13.486652, n_genes=7
// ghz: best=4.8461668, t_star=2.6768389, qcrb=0.077086692, qfi=12.972408
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-2.049314773102395) q[1],q[0];
crx(-0.19433743833845973) q[0],q[1];
rx(-1.237005578703904) q[0];
crx(-2.1566251669861645) q[1],q[0];
crx(-0.3217448841874698) q[0],q[1];
rx(1.0720776362256945) q[0];
crx(-1.8421701283782408) q[1],q[0];
