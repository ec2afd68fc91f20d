OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 8 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=22.930453, t_star=4.9051058, qcrb=0.0088907622, t_star_at_grid_edge=False, qfi=112.4763, n_genes=8
// ghz: best=27.817607, t_star=2.5525996, qcrb=0.014083077, t_star_at_grid_edge=False, qfi=71.007211
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(-0.5827197580271211) q[3];
rx(1.8099989211560548) q[0];
rx(-1.5841665695626732) q[4];
rz(-2.238528293990202) q[3];
rx(-0.6389664654776874) q[2];
ry(1.160720368025551) q[3];
crx(-2.3268425531127095) q[0],q[2];
crx(-3.206187657878201) q[2],q[1];
