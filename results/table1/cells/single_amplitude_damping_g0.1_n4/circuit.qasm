OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 15 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=24.417444, t_star=3.5572501, qcrb=0.011512918, qfi=86.858954, n_genes=15
// ghz: best=22.182132, t_star=3.1577035, qcrb=0.014276619, qfi=70.044597
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(1.230137471550817) q[2];
rx(-1.5565425722871395) q[0];
crx(3.088515192798384) q[2],q[0];
crx(-3.1416535392487517) q[2],q[3];
crx(3.1278692537012764) q[1],q[2];
crx(2.1071371033098782) q[2],q[0];
rx(-0.3825127401501769) q[2];
rx(-0.5939369834406083) q[2];
rx(2.0331369599117615) q[2];
rx(2.682444808447225) q[2];
crx(-2.109859262592363) q[3],q[0];
rx(-1.5565425722871395) q[0];
rx(-0.5939369834406101) q[2];
rx(1.5707754691057723) q[1];
ry(3.134242353405993) q[3];
