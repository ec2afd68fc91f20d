OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.952345, 0.952345, 0.952345], back [0.952345, 0.952345, 0.952345] (one per sensor qubit)
// vqs: best=4.8287821, t_star=4.2922318, qcrb=0.04824799, t_star_at_grid_edge=False, qfi=20.726252, n_genes=12
// ghz: best=3.5427783, t_star=1.6666666, qcrb=0.16935862, t_star_at_grid_edge=False, qfi=5.9046301
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(0.30866525580416626) q[2];
crx(0.32737082171803983) q[2],q[1];
ry(-0.21269556710436532) q[2];
crx(-2.7935753074878775) q[1],q[2];
crx(-2.6292725663837144) q[0],q[1];
crx(3.507569824459786) q[1],q[0];
ry(3.047350780579876) q[2];
rx(1.0694541133818127) q[2];
rz(2.8492232040848515) q[1];
rx(1.5972706042003688) q[1];
ry(1.7173798172051509) q[2];
crx(1.8895567559996485) q[1],q[0];
