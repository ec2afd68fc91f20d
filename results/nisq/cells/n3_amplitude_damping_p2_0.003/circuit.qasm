OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 10 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=17.108931, t_star=4.2779456, qcrb=0.013662868, t_star_at_grid_edge=False, qfi=73.191075, n_genes=10
// ghz: best=16.056675, t_star=4.0101027, qcrb=0.015530623, t_star_at_grid_edge=False, qfi=64.388917
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(0.5613245113314784) q[0];
rx(-2.009411466895271) q[0];
ry(0.9113247142784395) q[1];
ry(0.34145625940333524) q[0];
crx(1.4937712261201312) q[1],q[0];
rz(0.292750684592046) q[1];
ry(2.192736517877286) q[1];
crx(3.147237043040183) q[0],q[2];
crx(-3.0793564238299096) q[0],q[1];
ry(2.59789023314503) q[1];
