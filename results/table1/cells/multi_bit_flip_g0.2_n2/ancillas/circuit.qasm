OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 13 genes, multi task, bit_flip noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.1683979, t_star=3.2963246, qcrb=0.25964458, t_star_at_grid_edge=False, n_genes=13, hcrb=0.25964458, hcrb_over_qcrb=1, commutativity=2.6930669e-08, hcrb_duality_gap=0
// ghz: best=1.1357397, t_star=3.3936999, qcrb=0.25944647, t_star_at_grid_edge=False, hcrb=0.25944647, hcrb_over_qcrb=1, commutativity=1.5821847e-15, hcrb_duality_gap=2.1395994e-16
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(0.730313594850792) q[2];
ry(0.4498256356718411) q[3];
ry(0.5077511865779014) q[3];
crx(3.141592098607993) q[3],q[2];
rz(-0.22449603931374407) q[0];
ry(1.66772445527371) q[0];
crx(2.958436629064695) q[2],q[1];
rx(-0.7865197314270209) q[2];
rz(-0.9681324419365831) q[1];
crx(3.942171422008062) q[2],q[0];
rx(0.578948541186544) q[1];
ry(2.235789998002259) q[0];
rx(-2.4502060068424245) q[0];
