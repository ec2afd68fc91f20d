OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.852199, 0.852199, 0.852199] (one per sensor qubit)
// vqs: best=3.1502009, t_star=3.0168116, qcrb=0.095306947, t_star_at_grid_edge=False, qfi=10.492415, n_genes=12, cfi=9.5035625, ccrb=0.1052237
// ghz: best=2.1137036, t_star=1.6666667, qcrb=0.22558021, t_star_at_grid_edge=False, qfi=4.433013, cfi=3.5228394, ccrb=0.28386193
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(-1.5707882285491608) q[2];
ry(1.5709673110175908) q[0];
rx(-2.629145153398475) q[0];
ry(-1.5707882285491588) q[2];
rx(-2.629145153398475) q[0];
ry(-0.030383101865611994) q[1];
crx(3.111938231735971) q[2],q[1];
crx(2.713038923843132) q[2],q[0];
ry(1.511657305638658) q[1];
crx(-0.21229134273596778) q[1],q[0];
ry(1.5704844136675309) q[0];
rx(1.8176624436487536) q[1];
creg c[3];
rz(-2.0753319665691956) q[0];
ry(-1.5709673052381805) q[0];
rz(-4.681148967394105) q[1];
ry(-1.570803391617988) q[1];
rz(-5.14083752422635) q[2];
ry(-1.5705840562409952) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
