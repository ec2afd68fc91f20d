OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3 + 3 ancillas, init=ghz, 12 genes, multi task, dephasing noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.8784278, t_star=3.156964, qcrb=0.16863039, t_star_at_grid_edge=False, n_genes=12, hcrb=0.16863039, hcrb_over_qcrb=1, commutativity=0.00031142942, hcrb_duality_gap=0
// ghz: best=1.035976, t_star=1.5652895, qcrb=0.616674, t_star_at_grid_edge=False, hcrb=0.616674, hcrb_over_qcrb=1, commutativity=5.3194418e-14, hcrb_duality_gap=0
// ancillas: q[3]..q[5] are noiseless qubits that do not sense (the sensors are q[0]..q[2])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[6];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
cx q[0],q[5];
rx(1.5863495547874527) q[2];
crx(1.4940495723167964) q[2],q[5];
rx(-0.8315844136454649) q[2];
rx(0.8237317873086396) q[5];
crx(1.4980172300456776) q[5],q[0];
ry(1.4915411194858548) q[1];
ry(-1.4279300445558278) q[5];
crx(-4.778659573870313) q[1],q[5];
ry(1.4178147459307793) q[2];
ry(1.417990987302086) q[0];
rz(2.38212893215586) q[1];
crx(0.0034228587043045786) q[3],q[2];
