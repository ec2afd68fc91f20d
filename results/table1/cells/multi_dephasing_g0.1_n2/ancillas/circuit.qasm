OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 13 genes, multi task, dephasing noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=2.3367957, t_star=6.5926485, qcrb=0.064911156, t_star_at_grid_edge=False, n_genes=13, hcrb=0.064911156, hcrb_over_qcrb=1, commutativity=0.00018075268, hcrb_duality_gap=0
// ghz: best=1.644603, t_star=4.2519515, qcrb=0.14300481, t_star_at_grid_edge=False, hcrb=0.14300481, hcrb_over_qcrb=1, commutativity=9.9510784e-16, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(2.8463445087489148) q[3],q[2];
ry(2.996768766497137) q[2];
ry(1.7682642809776201) q[0];
crx(-2.2914790992635377) q[0],q[3];
crx(2.5984703822584487) q[1],q[3];
ry(1.7057582522936192) q[3];
ry(-1.7879635129884175) q[0];
crx(2.293652084866701) q[0],q[2];
rx(2.4529593755588) q[3];
crx(1.408028369562773) q[3],q[0];
rx(1.9608898501362146) q[0];
crx(-2.9351168706202486) q[0],q[2];
crx(-0.14218991393201974) q[3],q[1];
