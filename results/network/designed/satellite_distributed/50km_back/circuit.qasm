OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.953782, 0.953782, 0.953782], back [0.953782, 0.953782, 0.953782] (one per sensor qubit)
// vqs: best=4.8678162, t_star=4.2674913, qcrb=0.04813857, t_star_at_grid_edge=False, qfi=20.773363, n_genes=11
// ghz: best=3.5920035, t_star=1.6666667, qcrb=0.1670377, t_star_at_grid_edge=False, qfi=5.9866724
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(0.0002884583601736601) q[2];
crx(0.35672178759560585) q[2],q[1];
crx(-2.792053827572975) q[1],q[2];
crx(-2.2397972330358322) q[0],q[1];
crx(3.1459272274627317) q[1],q[0];
ry(3.1414288337739187) q[2];
rx(1.9359225988543631) q[2];
rz(3.141038507685593) q[1];
rx(1.56997771786651) q[1];
ry(1.5699329496305214) q[2];
crx(3.1357555858885306) q[1],q[0];
