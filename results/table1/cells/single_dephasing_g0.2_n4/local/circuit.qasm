OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, single task, dephasing noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=3.715606, t_star=1.4672898, qcrb=0.17795528, t_star_at_grid_edge=False, qfi=5.6193892, n_genes=24, cfi=5.4518709, ccrb=0.18342327
// ghz: best=3.6787944, t_star=0.625, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465, cfi=2.2992465, ccrb=0.43492509
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(1.327037815406448) q[2];
crx(3.5052609008474964) q[1],q[0];
crx(-2.5478414913577767) q[2],q[3];
rz(-2.9004698544848355) q[3];
rx(1.746981131866855) q[3];
crx(-2.6567588570926177) q[2],q[1];
ry(-3.051987300012918) q[0];
rz(-1.3251063359759638) q[3];
rz(1.8192493024139669) q[2];
rx(-3.1360891520030822) q[2];
crx(-3.472395615997456) q[3],q[1];
rz(-1.3251063359759654) q[3];
rz(2.3449238439461517) q[2];
rx(0.3156030491299959) q[1];
crx(0.4627510568552637) q[2],q[1];
crx(-3.4723956159974554) q[3],q[1];
rx(1.745326535765086) q[0];
rx(-3.135101380275726) q[2];
rz(-1.5308141868800975) q[2];
crx(2.9053757908694515) q[0],q[1];
crx(0.6575974433352427) q[3],q[0];
rx(-0.41361499980844085) q[1];
rx(-0.24580451501957423) q[0];
ry(-2.8775577068211997) q[3];
creg c[4];
rz(-5.575629562859348) q[0];
ry(-1.574315989682254) q[0];
rz(-5.561945914286723) q[1];
ry(-1.575330509926712) q[1];
rz(-5.583309702790006) q[2];
ry(-1.5692489195894075) q[2];
rz(-2.7353399085602668) q[3];
ry(-1.5653339225348133) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
