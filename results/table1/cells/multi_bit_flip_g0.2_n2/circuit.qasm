OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 13 genes, multi task, bit_flip noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=0.58354193, t_star=2.8904663, qcrb=0.59287074, t_star_at_grid_edge=False, n_genes=13, hcrb=0.59287074, hcrb_over_qcrb=1, commutativity=8.9506094e-08, hcrb_duality_gap=0
// ghz: best=0.51770412, t_star=3.0105785, qcrb=0.641606, t_star_at_grid_edge=False, hcrb=0.641606, hcrb_over_qcrb=1, commutativity=3.7257487e-16, hcrb_duality_gap=3.4607626e-16
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(0.25844798528657353) q[0];
crx(1.3577490357720553e-05) q[0],q[1];
rx(0.25844798528657353) q[1];
ry(0.004828185839713672) q[0];
crx(1.484469558831795e-05) q[0],q[1];
ry(0.011051466274197175) q[1];
ry(0.004780035575816299) q[0];
crx(1.98221570182997e-08) q[1],q[0];
rx(0.3328362548390822) q[1];
rz(0.005460356720598192) q[0];
crx(-2.840956460190127e-05) q[0],q[1];
rx(0.33283625483908263) q[1];
rx(0.3331906045871196) q[0];
