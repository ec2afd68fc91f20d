OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 5 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=1.4068066, t_star=7.5580744, qcrb=0.094049054, n_genes=5
// ghz: best=0.95795242, t_star=6.1618202, qcrb=0.16941312
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-1.8261331871329018) q[1],q[0];
rx(-2.4453114854306994) q[0];
rx(0.2167850900449939) q[0];
ry(0.21821735429844136) q[0];
ry(1.280743661965582) q[1];
