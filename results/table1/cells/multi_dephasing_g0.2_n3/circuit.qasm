OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 14 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=1.5095231, t_star=3.0871379, qcrb=0.21458739, t_star_at_grid_edge=False, n_genes=14
// ghz: best=1.0359165, t_star=1.5651669, qcrb=0.61675772, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(1.7942207953323335) q[1];
rx(-0.5270981491820375) q[1];
ry(0.958522537344142) q[0];
crx(-0.39754906558285036) q[0],q[1];
rx(3.0102918288243927) q[1];
rx(1.7190700264090628) q[0];
ry(-0.49312993149318807) q[2];
crx(0.415802625818277) q[2],q[0];
rx(-2.105931930122624) q[0];
rx(0.739363204579012) q[2];
rz(-0.863736925037903) q[0];
ry(-2.0631516448070717) q[1];
ry(1.6617191686593458) q[2];
rx(-0.44948550428202827) q[1];
