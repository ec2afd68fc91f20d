OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 11 genes, multi task, bit_flip noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=2.3367957, t_star=6.5926502, qcrb=0.064911137, t_star_at_grid_edge=False, n_genes=11, hcrb=0.064911137, hcrb_over_qcrb=1, commutativity=6.018224e-08, hcrb_duality_gap=4.2759343e-16
// ghz: best=2.2714794, t_star=6.7873997, qcrb=0.064861618, t_star_at_grid_edge=False, hcrb=0.064861618, hcrb_over_qcrb=1, commutativity=6.252864e-16, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(-1.632912338948689) q[3];
crx(3.141591391573971) q[0],q[2];
rx(2.5796885025825276) q[3];
rx(1.371699420617194) q[3];
ry(1.4456580060344972) q[1];
crx(1.5220043645068049) q[1],q[3];
rx(-1.6293447045575924) q[0];
crx(1.434242829508601) q[3],q[2];
crx(3.141606924489531) q[2],q[0];
ry(2.4187323912483576) q[1];
rz(-1.6329122478233984) q[1];
