OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 7 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.42309, t_star=4.2898612, qcrb=0.013379244, t_star_at_grid_edge=False, qfi=74.742638, n_genes=7
// ghz: best=16.219704, t_star=4.0145334, qcrb=0.015357553, t_star_at_grid_edge=False, qfi=65.114541
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(0.7666475332051212) q[1];
crx(3.1416259830015685) q[2],q[0];
rx(1.1055615436744244) q[1];
crx(5.71874266543469) q[2],q[1];
ry(-1.5921282972082844) q[2];
crx(0.6769898821761822) q[1],q[0];
crx(2.4645712903501944) q[1],q[0];
