OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=6.4976117, t_star=15.808537, qcrb=0.009735417, n_genes=16
// ghz: best=4.764928, t_star=4.6252564, qcrb=0.045374082
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-3.2628793688330737) q[2],q[4];
ry(3.0756709865498086) q[2];
crx(3.210452104269825) q[1],q[3];
rx(1.0950536958336023) q[0];
crx(-3.1868522039972556) q[1],q[2];
ry(1.1436095651547245) q[4];
crx(-3.0226708027250315) q[1],q[0];
rz(1.914241804664063) q[4];
rz(0.8029011737554033) q[1];
ry(-1.16090686984956) q[3];
crx(-0.17277554495388184) q[0],q[2];
crx(-0.1715284737285182) q[3],q[1];
crx(-0.12131966902724588) q[3],q[2];
ry(-0.6683901642675503) q[1];
ry(-2.32336544778286) q[2];
rx(0.8044817179745802) q[2];
