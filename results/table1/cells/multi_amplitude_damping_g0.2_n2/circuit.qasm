OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 6 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=1.2733301, t_star=8.2980598, qcrb=0.094641679, n_genes=6
// ghz: best=0.70292, t_star=7.4251594, qcrb=0.19159683
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-3.202539403598537) q[1],q[0];
crx(-1.689264066603783) q[1],q[0];
crx(2.3609455139530526) q[0],q[1];
crx(-0.255835689007443) q[0],q[1];
rx(-0.19258977753871775) q[1];
rx(2.4490519456064934) q[1];
