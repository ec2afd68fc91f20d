OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.950418, 0.950418, 0.950418], back [0.950418, 0.950418, 0.950418] (one per sensor qubit)
// vqs: best=4.7871494, t_star=4.3006578, qcrb=0.048572239, t_star_at_grid_edge=False, qfi=20.587892, n_genes=11
// ghz: best=3.4776623, t_star=1.6666667, qcrb=0.17252969, t_star_at_grid_edge=False, qfi=5.7961038
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(0.26239539809335843) q[1];
rz(2.5206264865537804) q[1];
crx(-4.084616000408206) q[1],q[2];
crx(-2.844959254744029) q[1],q[0];
rz(-2.7719305045347653) q[2];
ry(-1.75486665837237) q[2];
crx(-1.1111985318495237) q[2],q[1];
rx(1.422409709946301) q[0];
ry(0.537177485200028) q[0];
ry(-0.8037731575240636) q[1];
crx(1.9221021894008694) q[2],q[1];
