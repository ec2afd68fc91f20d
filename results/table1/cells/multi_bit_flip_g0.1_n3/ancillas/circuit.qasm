OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3 + 3 ancillas, init=ghz, 11 genes, multi task, bit_flip noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=3.7546332, t_star=6.3061738, qcrb=0.042234422, t_star_at_grid_edge=False, n_genes=11, hcrb=0.042234422, hcrb_over_qcrb=1, commutativity=2.6512136e-05, hcrb_duality_gap=9.8576852e-16
// ghz: best=3.5389205, t_star=6.6385773, qcrb=0.042565151, t_star_at_grid_edge=False, hcrb=0.042565151, hcrb_over_qcrb=1, commutativity=7.0006452e-16, hcrb_duality_gap=0
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
crx(-3.1034325947904224) q[5],q[3];
ry(-2.358542743016295) q[3];
crx(3.17726586205737) q[3],q[2];
rx(0.9927639671673152) q[0];
rz(3.1145570797064224) q[3];
ry(-0.8270649618602706) q[0];
ry(-2.358723040838575) q[1];
rx(1.3009392486099793) q[0];
rz(2.150641212392056) q[0];
crx(3.0842636135017205) q[0],q[3];
crx(-3.2012962302639623) q[1],q[3];
