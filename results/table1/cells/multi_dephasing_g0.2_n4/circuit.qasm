OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 15 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=2.4881251, t_star=2.6956368, qcrb=0.14909614, n_genes=15
// ghz: best=1.1442141, t_star=1.2613525, qcrb=0.69287717
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(-0.8890403540247838) q[0];
ry(-1.6625176917211772) q[3];
ry(2.172847849789412) q[2];
crx(2.4172092568791905) q[2],q[0];
crx(2.6944059983632376) q[3],q[2];
crx(1.5374831627657521) q[1],q[0];
crx(-2.142699243950331) q[3],q[0];
ry(-2.2448563326376467) q[3];
ry(1.2750468907592305) q[0];
rz(-0.2253069970386643) q[2];
rz(0.0033898566160881494) q[1];
rx(-1.3526649142289182) q[2];
rx(-0.34143919907315823) q[0];
crx(0.6715554719640081) q[3],q[0];
ry(1.6591005204831921) q[1];
