OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.2270328, t_star=3.3340981, qcrb=0.036456788, t_star_at_grid_edge=False, qfi=27.429734, n_genes=10
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.1969861
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
ry(-2.457187971033995) q[0];
rx(-1.5698987637340929) q[2];
crx(-3.187923186779919) q[2],q[3];
rz(-1.9098470274265797) q[0];
ry(-2.2448161296605162) q[0];
crx(-2.889417487920367) q[2],q[1];
ry(-1.0963747334388625) q[1];
rx(-1.1103723470691058) q[3];
rx(1.8089441726359459) q[0];
crx(1.0101286790245045) q[2],q[0];
