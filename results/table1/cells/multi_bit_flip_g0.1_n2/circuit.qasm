OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 8 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=1.4068066, t_star=7.5580717, qcrb=0.094049088, n_genes=8
// ghz: best=0.95795242, t_star=6.1618202, qcrb=0.16941312
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rz(-3.1270987172875184) q[1];
rz(1.9690580419693893) q[1];
ry(-2.0369849230750594) q[1];
ry(-0.7332318900155999) q[1];
rx(1.2696386878348989) q[0];
crx(-1.8542721606801855) q[1],q[0];
rz(1.9580539361557854) q[1];
ry(1.8830759844410565) q[1];
