OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.786799, 0.786799, 0.786799] (one per sensor qubit)
// vqs: best=3.5031436, t_star=4.7542967, qcrb=0.059747895, t_star_at_grid_edge=False, qfi=16.736991, n_genes=7, cfi=16.654984, ccrb=0.060042088
// ghz: best=1.3091223, t_star=1.6666667, qcrb=0.32737495, t_star_at_grid_edge=False, qfi=3.0546015, cfi=2.1818704, ccrb=0.45832236
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.5708075840339106) q[0];
ry(1.5864543371273347) q[0];
crx(3.3487320429142233) q[2],q[0];
rx(1.6856877498572054) q[1];
crx(2.9118539948594324) q[2],q[1];
crx(-0.20714828701155302) q[1],q[0];
ry(3.1415909023361124) q[2];
creg c[3];
rz(-0.04752836793277832) q[0];
ry(-1.5708176210168812) q[0];
rz(-0.047556055580677145) q[1];
ry(-1.5708063781216177) q[1];
rz(-0.031887132877280844) q[2];
ry(-1.5707787063105856) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
