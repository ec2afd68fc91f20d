OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.852199, 0.852199, 0.852199] (one per sensor qubit)
// vqs: best=4.1505584, t_star=4.6571679, qcrb=0.051327053, t_star_at_grid_edge=False, qfi=19.482903, n_genes=7, cfi=19.329848, ccrb=0.051733465
// ghz: best=2.1137036, t_star=1.6666667, qcrb=0.22558021, t_star_at_grid_edge=False, qfi=4.433013, cfi=3.5228394, ccrb=0.28386193
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.5707915681088922) q[0];
ry(1.587637731626045) q[0];
rx(1.7076681820732542) q[1];
crx(2.867866305502836) q[2],q[1];
crx(3.3840828499460645) q[2],q[0];
crx(-0.2424806132238076) q[1],q[0];
ry(3.1415905355193354) q[2];
creg c[3];
rz(-0.04658935064417257) q[0];
ry(-1.5708124251014004) q[0];
rz(-0.04657415015655875) q[1];
ry(-1.5708032148564866) q[1];
rz(-0.02971326650740564) q[2];
ry(-1.5707938906382715) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
