OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.948476, 0.948476, 0.948476] (one per sensor qubit)
// vqs: best=4.5388331, t_star=2.8400412, qcrb=0.074009731, t_star_at_grid_edge=False, qfi=13.511737, n_genes=12, cfi=12.890473, ccrb=0.077576674
// ghz: best=4.0174921, t_star=1.6666666, qcrb=0.13810185, t_star_at_grid_edge=False, qfi=7.2410327, cfi=6.6958201, ccrb=0.1493469
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.7845138918447088) q[1];
rz(-1.6438835571321218) q[2];
ry(-0.5809574098246921) q[0];
ry(-1.0069670449118355) q[1];
crx(-3.1431022423026604) q[0],q[1];
ry(1.6194292010990763) q[1];
ry(-0.05569981003007962) q[1];
crx(3.142214473456313) q[2],q[0];
rx(2.560689532878291) q[0];
rx(3.1410206762474893) q[1];
ry(-3.1415430527383545) q[0];
crx(1.9799975281531383) q[1],q[0];
creg c[3];
rz(-5.617183366177667) q[0];
ry(-1.5686892959805676) q[0];
rz(-5.550060477123839) q[1];
ry(-1.5724874146573848) q[1];
rz(-0.9519029762957859) q[2];
ry(-1.5703946107664373) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
