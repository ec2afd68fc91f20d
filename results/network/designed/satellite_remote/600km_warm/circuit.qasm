OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.948476, 0.948476, 0.948476] (one per sensor qubit)
// vqs: best=5.247754, t_star=4.4528943, qcrb=0.042153061, t_star_at_grid_edge=False, qfi=23.723069, n_genes=11, cfi=23.367694, ccrb=0.042794125
// ghz: best=4.0174921, t_star=1.6666666, qcrb=0.13810185, t_star_at_grid_edge=False, qfi=7.2410327, cfi=6.6958201, ccrb=0.1493469
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.5707894033988712) q[1];
crx(2.969416827302666) q[2],q[0];
ry(1.5707792558835072) q[1];
rx(-1.5553256505541821) q[2];
rx(-1.3908221213782253) q[0];
rx(2.2012582957137283) q[1];
rx(2.2012582957137194) q[1];
crx(-0.18771472455890967) q[1],q[0];
crx(0.2976280015404979) q[0],q[1];
rz(0.38610822729860494) q[0];
crx(2.7859940639489005) q[1],q[2];
creg c[3];
rz(-0.4306483099420165) q[0];
ry(-1.5708082893726636) q[0];
rz(-0.044522247721462) q[1];
ry(-1.5707874251518932) q[1];
rz(-0.044520056278679214) q[2];
ry(-1.5707904580123087) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
