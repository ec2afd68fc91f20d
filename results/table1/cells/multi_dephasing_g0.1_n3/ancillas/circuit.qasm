OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3 + 3 ancillas, init=ghz, 12 genes, multi task, dephasing noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=3.7746123, t_star=6.1688761, qcrb=0.042945889, t_star_at_grid_edge=False, n_genes=12, hcrb=0.042945889, hcrb_over_qcrb=1, commutativity=1.2134355e-07, hcrb_duality_gap=3.231459e-16
// ghz: best=2.071952, t_star=3.130579, qcrb=0.1541685, t_star_at_grid_edge=False, hcrb=0.1541685, hcrb_over_qcrb=1, commutativity=6.7631291e-15, hcrb_duality_gap=3.6006805e-16
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
rx(1.5707969732220315) q[5];
crx(1.8778301226079785) q[5],q[0];
ry(2.3163426246013294) q[1];
crx(-3.0476120827464577) q[1],q[5];
rz(1.5598340647805982) q[1];
rx(0.7359725316570485) q[2];
rx(-1.0469696938930464) q[1];
crx(-0.2317435746092553) q[2],q[5];
rx(-1.0469696938930433) q[1];
rx(-2.771808774362278) q[5];
crx(2.5397845510191766) q[2],q[5];
crx(0.9816990960624083) q[5],q[2];
