OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.1142961, t_star=3.6396143, qcrb=0.044936389, t_star_at_grid_edge=False, qfi=22.25368, n_genes=10
// ghz: best=5.5019274, t_star=1.6666667, qcrb=0.10905269, t_star_at_grid_edge=False, qfi=9.169879
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
rx(-1.5681501555234743) q[0];
ry(0.707159683462482) q[1];
ry(0.21414377071685475) q[1];
rx(-1.2091042709137418) q[1];
crx(3.1989511245325306) q[0],q[2];
crx(-1.9041182688363278) q[1],q[2];
crx(-1.1255565465155772) q[2],q[1];
rx(-2.2453692231868376) q[2];
rz(-3.118374938475209) q[2];
ry(-1.6093482426817864) q[2];
