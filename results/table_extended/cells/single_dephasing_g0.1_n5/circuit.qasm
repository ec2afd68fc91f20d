OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 23 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=10.897947, t_star=3.1958328, qcrb=0.028712517, t_star_at_grid_edge=False, qfi=34.828017, n_genes=23
// ghz: best=9.196986, t_star=0.99999998, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.1969859
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rx(-2.9033103568847336) q[4];
crx(0.005457438879225059) q[3],q[0];
ry(2.286154233427694) q[3];
ry(-1.9574094598401146) q[0];
ry(-2.873570360785935) q[0];
ry(0.5616806589099639) q[3];
ry(-0.20649455172046283) q[4];
crx(1.8849741331738272) q[3],q[1];
rz(2.519106458719712) q[0];
ry(2.1538943635891634) q[0];
ry(-1.4815790535286504) q[0];
rx(3.0896024302356704) q[0];
ry(1.8081307559039566) q[2];
rx(0.5033864512868713) q[2];
crx(-1.7290647548182856) q[4],q[1];
rz(-2.064844081343633) q[3];
crx(-0.00029944703437605094) q[3],q[4];
ry(0.8887589315015401) q[3];
crx(-2.185292443725454) q[0],q[1];
crx(-0.07096208084773152) q[1],q[2];
rx(-2.127695837104865) q[1];
ry(2.3108321447296047) q[2];
ry(1.1076752618919485) q[4];
