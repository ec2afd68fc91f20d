OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.950418, 0.950418, 0.950418], back [0.950418, 0.950418, 0.950418] (one per sensor qubit)
// vqs: best=4.7885397, t_star=4.2963271, qcrb=0.048607084, t_star_at_grid_edge=False, qfi=20.573133, n_genes=11
// ghz: best=3.4776623, t_star=1.6666667, qcrb=0.17252969, t_star_at_grid_edge=False, qfi=5.7961038
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(0.000282085567769208) q[2];
crx(0.34962804010047455) q[2],q[1];
crx(-2.8035239982501174) q[1],q[2];
crx(-2.249882539270506) q[0],q[1];
crx(3.1460009996057416) q[1],q[0];
ry(3.141448887425181) q[2];
rx(1.864662254273922) q[2];
rz(3.1411441372855844) q[1];
rx(1.5698789443864598) q[1];
ry(1.5697577139959105) q[2];
crx(3.1359338745565872) q[1],q[0];
