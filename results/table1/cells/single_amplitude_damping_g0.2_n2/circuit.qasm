OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 7 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=4.9779185, t_star=2.7092962, qcrb=0.074147366, t_star_at_grid_edge=False, qfi=13.486656, n_genes=7
// ghz: best=4.8461668, t_star=2.676839, qcrb=0.077086688, t_star_at_grid_edge=False, qfi=12.972408
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(3.141576870133593) q[0],q[1];
rz(0.5635158747533522) q[0];
crx(-1.6968973870055186) q[1],q[0];
ry(-1.4525882184558592) q[0];
ry(0.4175914661566691) q[0];
ry(-2.4209800929267167) q[0];
crx(-3.141575502691768) q[0],q[1];
