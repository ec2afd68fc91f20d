OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=2.5169814, t_star=9.9991157, qcrb=0.031140103, t_star_at_grid_edge=False, n_genes=16, hcrb=0.039733644, hcrb_over_qcrb=1.2759638, commutativity=1.5798742, hcrb_duality_gap=2.0956227e-15
// ghz: best=2.1349108, t_star=6.857653, qcrb=0.058096296, t_star_at_grid_edge=False, hcrb=0.068303785, hcrb_over_qcrb=1.1756995, commutativity=0.77410885, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-2.581418557725325) q[2];
crx(3.4150556912043175) q[2],q[0];
crx(0.7459714810582129) q[3],q[1];
rz(-3.0053229349880097) q[2];
ry(0.5489197804312989) q[3];
rx(2.670993274155993) q[1];
crx(1.321717010030801) q[0],q[3];
rx(1.884697174695301) q[1];
rx(3.0060837099014224) q[1];
ry(-0.014710193347748035) q[1];
crx(2.9485592336243283) q[3],q[0];
ry(1.466237473106272) q[0];
crx(4.222485596463668) q[3],q[2];
crx(1.8229869805462833) q[2],q[0];
crx(0.7938560919188165) q[3],q[0];
rz(-1.9698806371696373) q[1];
