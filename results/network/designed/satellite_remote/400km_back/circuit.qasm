OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.950418, 0.950418, 0.950418] (one per sensor qubit)
// vqs: best=5.2719267, t_star=4.4477503, qcrb=0.042000117, t_star_at_grid_edge=False, qfi=23.809458, n_genes=11, cfi=23.448214, ccrb=0.042647172
// ghz: best=4.0670965, t_star=1.6666667, qcrb=0.13682547, t_star_at_grid_edge=False, qfi=7.3085806, cfi=6.7784941, ccrb=0.14752539
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.5707907905004) q[1];
crx(2.966771436290338) q[2],q[0];
ry(1.5708008069849422) q[1];
rx(-1.5518838121646306) q[2];
rx(-1.3899521997444457) q[0];
rx(2.2021642158180015) q[1];
rx(2.202164215817997) q[1];
crx(-0.18689676385035386) q[1],q[0];
crx(0.29892445389664335) q[0],q[1];
rz(0.3861148342061673) q[0];
crx(2.784131059746553) q[1],q[2];
creg c[3];
rz(-0.4306059247661511) q[0];
ry(-1.5708057758218001) q[0];
rz(-0.04446843624375083) q[1];
ry(-1.5708084240715792) q[1];
rz(-0.04445778053472568) q[2];
ry(-1.570796389589072) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
