OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 10 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=15.141098, t_star=1.7989885, qcrb=0.036712526, qfi=27.23866, n_genes=10
// ghz: best=13.916888, t_star=1.2763471, qcrb=0.056297499, qfi=17.762778
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-1.895605484836197) q[2],q[3];
rx(1.828118594460193e-05) q[1];
rx(1.2950438030083706) q[3];
rz(3.1090090864196274) q[1];
crx(-1.7856412114280844) q[2],q[0];
crx(-4.497525195530827) q[1],q[0];
crx(3.141536744037619) q[3],q[1];
crx(-3.1414469239412464) q[1],q[0];
rz(-1.5704203490284323) q[1];
crx(-3.1415707689164027) q[4],q[1];
