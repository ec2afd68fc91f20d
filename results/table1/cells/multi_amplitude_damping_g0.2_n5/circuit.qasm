OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=3.2495342, t_star=7.8950494, qcrb=0.038978403, n_genes=16
// ghz: best=2.382464, t_star=2.3126283, qcrb=0.18149632
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-2.957958744601234) q[3],q[0];
rx(1.0608696750440556) q[0];
rz(2.6633601153284427) q[3];
ry(-0.7640720825399887) q[3];
crx(-3.2878156820320306) q[1],q[4];
rz(1.4721651762550971) q[3];
rx(-1.6701791777739272) q[1];
crx(-3.012824476290873) q[2],q[3];
rx(-1.0773503798562767) q[4];
rz(-1.8882293814747637) q[0];
ry(0.9302723808458113) q[3];
crx(-2.9937604496994803) q[2],q[1];
ry(-1.6836454084825097) q[1];
rx(-1.256616426133239) q[1];
ry(-1.9859447473569218) q[1];
rx(-0.4687242761871091) q[2];
