OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=21.218075, t_star=15.506321, qcrb=0.0030393817, qfi=329.01429, n_genes=1
// ghz: best=13.293535, t_star=8.7059589, qcrb=0.0086405799, qfi=115.73297
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-1.1702389573701143e-05) q[0],q[1];
