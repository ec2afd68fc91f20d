OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 9 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.0419129, t_star=3.6477479, qcrb=0.045373338, t_star_at_grid_edge=False, qfi=22.039375, n_genes=9
// ghz: best=5.4694858, t_star=1.6666667, qcrb=0.10969953, t_star_at_grid_edge=False, qfi=9.1158097
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.02631085272008) q[0];
rz(-2.8756638089061646) q[0];
ry(-1.2002925630891312) q[2];
crx(-2.345104098632224) q[2],q[0];
crx(-2.7454515463034315) q[2],q[0];
ry(-1.566064738165864) q[1];
rz(-1.650662588916382) q[0];
crx(-0.7862664352571648) q[1],q[0];
crx(-1.3648698660473713) q[1],q[2];
