OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 20 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=12.208948, t_star=1.7783653, qcrb=0.046057547, t_star_at_grid_edge=False, qfi=21.711968, n_genes=20
// ghz: best=11.091066, t_star=1.5788517, qcrb=0.057106475, t_star_at_grid_edge=False, qfi=17.511149
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(2.433727062462398) q[3];
crx(-3.140773104559516) q[3],q[2];
crx(3.141560409244165) q[3],q[0];
rz(1.6655576317908132) q[2];
rz(-2.034002295003893) q[1];
ry(3.1415752860499797) q[0];
crx(-0.7713315383760088) q[1],q[3];
crx(-3.852282337673788) q[0],q[3];
ry(3.1415811520678396) q[0];
rz(2.820629204377285) q[1];
crx(-0.3657403237412836) q[3],q[1];
crx(-0.9192032118890984) q[3],q[2];
ry(-2.2065576373439844) q[1];
crx(-0.0022722933896379377) q[1],q[3];
rz(2.7372396290423833) q[1];
rx(1.5073980353275118e-05) q[0];
crx(-2.221818334630466) q[3],q[2];
crx(3.141574207415004) q[3],q[0];
rz(-2.1173918703387984) q[1];
rx(1.2412941110318298) q[1];
