OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 6 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=5.8301567, t_star=3.7244008, qcrb=0.046053576, t_star_at_grid_edge=False, qfi=21.713841, n_genes=6
// ghz: best=5.3568494, t_star=1.6666667, qcrb=0.11200614, t_star_at_grid_edge=False, qfi=8.9280824
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(2.048337443824055) q[0];
crx(1.9031113341361694) q[0],q[1];
crx(-2.2496055696837285) q[0],q[2];
ry(-1.0613913351829196) q[0];
ry(-0.9556871340335866) q[1];
crx(-1.6765747734688974) q[0],q[2];
