OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 9 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.1499574, t_star=3.6586612, qcrb=0.044443239, t_star_at_grid_edge=False, qfi=22.50061, n_genes=9
// ghz: best=5.5181916, t_star=1.6666667, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.0180218718821106) q[1];
rx(-2.4159365811394253) q[1];
crx(0.5847272837336381) q[0],q[1];
rz(-2.367177810241815) q[0];
rx(1.950947301068057) q[0];
ry(0.4537544571228236) q[2];
ry(-1.4826040246985208) q[2];
ry(-1.487698011978321) q[2];
rx(1.0955467827435026) q[2];
