OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 4 genes, single task, dephasing noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=1.9124102, t_star=2.2914077, qcrb=0.22522707, t_star_at_grid_edge=False, qfi=4.4399635, n_genes=4, cfi=4.3821114, ccrb=0.2282005
// ghz: best=1.8393972, t_star=1.25, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465, cfi=2.2992465, ccrb=0.43492509
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(-1.569200854312379) q[0];
ry(3.1415868584647324) q[0];
rx(-0.21178952154199626) q[1];
crx(2.7212055992393465) q[1],q[0];
creg c[2];
rz(-0.04582861950347386) q[0];
ry(-1.5707948343996094) q[0];
rz(-3.187415352423879) q[1];
ry(-1.5707966334070271) q[1];
measure q[0] -> c[0];
measure q[1] -> c[1];
