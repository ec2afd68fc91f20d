OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 7 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=9.955837, t_star=5.4185911, qcrb=0.018536846, qfi=53.946609, n_genes=7
// ghz: best=9.6923337, t_star=5.3536777, qcrb=0.019271673, qfi=51.889631
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-2.049320843962385) q[1],q[0];
crx(-0.19433728816833848) q[0],q[1];
rx(-1.2370155343592009) q[0];
crx(-2.1566257045985666) q[1],q[0];
crx(-0.32174119219705544) q[0],q[1];
rx(1.072090138627802) q[0];
crx(-1.8421675148932821) q[1],q[0];
