OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 11 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=2.5365451, t_star=16.479182, qcrb=0.023923338, t_star_at_grid_edge=False, n_genes=11
// ghz: best=1.3982919, t_star=14.787505, qcrb=0.048362336, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(2.448322563444255) q[0];
crx(1.317533860655454) q[0],q[1];
rx(-2.3260160180257374) q[0];
rz(0.9886271203313752) q[0];
crx(0.4096833908373928) q[0],q[1];
crx(-3.041448025976352) q[0],q[1];
crx(-1.781150890499834) q[1],q[0];
rz(2.7926729632484344) q[0];
crx(-1.4953272649990694) q[1],q[0];
crx(0.6327488513065799) q[0],q[1];
rz(-2.180183952668906) q[1];
