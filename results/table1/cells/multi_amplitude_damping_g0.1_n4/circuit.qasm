OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 19 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=5.1967642, t_star=15.48626, qcrb=0.012425688, t_star_at_grid_edge=False, n_genes=19
// ghz: best=3.8714951, t_star=4.9289952, qcrb=0.052403814, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(0.3114998711612133) q[2],q[3];
crx(0.5382650921804811) q[2],q[3];
crx(-3.010825241804513) q[0],q[2];
crx(2.1356022198107554) q[0],q[3];
rx(0.5703103092727666) q[3];
crx(-3.297358550785211) q[0],q[1];
rx(-1.4545923687199156) q[0];
ry(1.0676714957803277) q[3];
ry(-1.1854847123871486) q[2];
rx(-0.06452204357748048) q[2];
rz(-1.5296512833435991) q[1];
crx(0.1339217836110764) q[3],q[1];
crx(0.1808653432890613) q[2],q[1];
rx(-0.24168085087014735) q[1];
rx(1.266794438986934) q[1];
rz(2.2706287746000893) q[3];
crx(-0.1814532689392513) q[2],q[3];
ry(-0.03465570170910004) q[1];
ry(-2.0235035307673903) q[0];
