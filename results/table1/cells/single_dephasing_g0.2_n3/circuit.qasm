OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 9 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=3.0749787, t_star=1.8293124, qcrb=0.17777472, t_star_at_grid_edge=False, qfi=5.6250966, n_genes=9
// ghz: best=2.7590958, t_star=0.83333333, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(0.5735571648969021) q[2],q[1];
crx(1.49566364694584) q[2],q[1];
rz(1.3329011422337755) q[2];
rx(1.4861279468857802) q[0];
rz(3.116757313753107) q[2];
crx(-2.069224116246506) q[0],q[1];
ry(-0.16321280608350675) q[2];
rx(-1.4130662196327266) q[0];
ry(0.9630489754459379) q[0];
