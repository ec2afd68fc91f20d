OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 15 genes, multi task, dephasing noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.1683979, t_star=3.2963248, qcrb=0.25964457, t_star_at_grid_edge=False, n_genes=15, hcrb=0.25964457, hcrb_over_qcrb=1, commutativity=1.0657888e-07, hcrb_duality_gap=0
// ghz: best=0.82230148, t_star=2.1259757, qcrb=0.57201923, t_star_at_grid_edge=False, hcrb=0.57201923, hcrb_over_qcrb=1, commutativity=9.9510784e-16, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(2.356194214716215) q[2];
ry(2.356194214716224) q[2];
crx(2.6125010534567847) q[2],q[0];
rz(-2.308566307252292) q[0];
rx(1.5707951457004388) q[3];
crx(-0.9652709106075976) q[3],q[2];
rx(2.2276244145645396) q[1];
crx(2.842266876664796) q[2],q[0];
crx(1.871646124203259) q[3],q[2];
rx(2.974332788229038) q[1];
rz(-0.5441652601274121) q[0];
ry(1.7461966259923134) q[0];
rx(0.3297336813450684) q[0];
crx(2.4759345924071186) q[1],q[3];
rx(-0.09233273574142498) q[1];
