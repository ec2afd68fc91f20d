OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 9 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=9.9556666, t_star=5.4186807, qcrb=0.018536857, t_star_at_grid_edge=False, qfi=53.946578, n_genes=9
// ghz: best=9.6923337, t_star=5.353678, qcrb=0.019271672, t_star_at_grid_edge=False, qfi=51.889633
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(0.06202733332473098) q[0];
ry(-0.514297753984668) q[1];
ry(2.866122126493716) q[0];
rx(-0.567635488742543) q[0];
ry(1.4804563413562946) q[1];
crx(1.0712353666660306) q[1],q[0];
rx(1.6584430111538317) q[0];
rx(-0.37264863431313167) q[1];
rx(-1.2130966082705101) q[1];
