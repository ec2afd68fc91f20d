OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=6, init=ghz, 12 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=34.519284, t_star=2.8091081, qcrb=0.010312638, t_star_at_grid_edge=False, qfi=96.968402, n_genes=12
// ghz: best=33.41444, t_star=2.1304059, qcrb=0.014047643, t_star_at_grid_edge=False, qfi=71.18632
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[6];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
cx q[0],q[5];
ry(0.006626415064777458) q[0];
ry(0.09848639147713278) q[2];
ry(0.00023591508579645648) q[3];
ry(0.034847726958503245) q[5];
crx(3.1211734278185066) q[0],q[1];
crx(-3.140863662438522) q[3],q[4];
ry(-0.6752552825514107) q[0];
ry(-0.09848639147619709) q[2];
ry(-0.675219460165942) q[3];
ry(-0.03484772696187788) q[5];
crx(-3.120664478841265) q[0],q[1];
crx(3.140845929799684) q[3],q[4];
