OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.563578, 0.563578, 0.563578] (one per sensor qubit)
// vqs: best=1.7642717, t_star=4.9354186, qcrb=0.11476414, t_star_at_grid_edge=False, qfi=8.7135231, n_genes=7, cfi=8.7074194, ccrb=0.11484459
// ghz: best=0.17681515, t_star=1.6666667, qcrb=1.6566957, t_star_at_grid_edge=False, qfi=0.60361114, cfi=0.29469192, ccrb=3.3933743
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.5708014562858377) q[0];
ry(1.5865996428004765) q[0];
crx(3.250932218986482) q[2],q[0];
rx(1.6285621732233695) q[1];
crx(3.0260497412424923) q[2],q[1];
crx(-0.10932190822401984) q[1],q[0];
ry(3.141589456618285) q[2];
creg c[3];
rz(-0.049341879539475775) q[0];
ry(-1.5708076968770477) q[0];
rz(-3.190946691026334) q[1];
ry(-1.5708170959024808) q[1];
rz(-3.1751470541774873) q[2];
ry(-1.5707948438372632) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
