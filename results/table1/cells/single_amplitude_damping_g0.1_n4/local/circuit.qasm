OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=16.042843, t_star=8.3534623, qcrb=0.0072777291, t_star_at_grid_edge=False, qfi=137.4055, n_genes=24, cfi=134.01328, ccrb=0.007461947
// ghz: best=14.715178, t_star=2.5, qcrb=0.018623948, t_star_at_grid_edge=False, qfi=53.694309, cfi=36.787944, ccrb=0.027182818
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(0.4604027472715748) q[1],q[0];
rx(0.36488527889490907) q[0];
ry(-1.4511876551290075) q[1];
rx(0.3648852788949126) q[0];
rz(0.3226644358021038) q[0];
crx(2.6837557877685185) q[2],q[0];
rx(-1.3028857424249178) q[3];
ry(-2.4346971808325186) q[1];
crx(2.606575211711756) q[2],q[3];
ry(-1.5145615531612024) q[0];
rz(-2.6202333856222473) q[0];
rz(1.8641159959001588) q[3];
rz(-2.964977741791729) q[3];
ry(0.6724842268887947) q[2];
crx(1.895275727216743) q[2],q[1];
ry(-0.28750257627278053) q[1];
crx(-0.021670033344456885) q[3],q[1];
rz(0.6927281578073603) q[3];
rz(0.6927281578073572) q[3];
crx(1.270375146685045) q[2],q[1];
rx(-0.39388428342723225) q[1];
ry(-1.3581853769780214) q[1];
rz(-3.0106250091605102) q[1];
crx(-0.036347953836103536) q[3],q[2];
creg c[4];
rz(-6.024699959335745) q[0];
ry(-1.5709635070300514) q[0];
rz(-1.5172452915962944) q[1];
ry(-1.573356794995919) q[1];
rz(-3.2106163599783106) q[2];
ry(-1.569728736709311) q[2];
rz(-0.37073769378930793) q[3];
ry(-1.5689372426977721) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
