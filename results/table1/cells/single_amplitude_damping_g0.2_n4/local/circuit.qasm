OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 23 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=8.1148455, t_star=4.0667588, qcrb=0.029483875, t_star_at_grid_edge=False, qfi=33.916844, n_genes=23, cfi=33.001119, ccrb=0.030302003
// ghz: best=7.3575888, t_star=1.25, qcrb=0.074495791, t_star_at_grid_edge=False, qfi=13.423577, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(0.33784153124463545) q[3];
rz(-0.9881702333519824) q[1];
rz(-1.0436676571340398) q[0];
rz(2.9998902805829095) q[1];
crx(1.349646719790109) q[2],q[1];
rz(2.2791633707101617) q[3];
ry(0.062440474566195725) q[2];
rz(3.00710277359234) q[0];
rx(0.8959355218464209) q[1];
crx(2.7219155440990654) q[2],q[0];
crx(3.1415641615450887) q[2],q[3];
rx(-1.5156437738643513) q[3];
ry(1.5708029342670136) q[3];
ry(-1.1504652474249424) q[1];
ry(0.17038936635029378) q[1];
crx(0.37220435723791456) q[3],q[0];
rx(1.594536454743392) q[0];
rx(-1.57080880731485) q[1];
crx(1.4445795103720822) q[1],q[2];
ry(-3.141579957906012) q[1];
rx(2.4192490080347877) q[2];
rx(-0.33525131736756864) q[1];
rx(0.3352330725561692) q[1];
creg c[4];
rz(-0.08132326783341927) q[0];
ry(-1.5707875586754216) q[0];
rz(-5.3844565382338585) q[1];
ry(-1.570795264987578) q[1];
rz(-3.2229355869230654) q[2];
ry(-1.5707945661360208) q[2];
rz(-3.3925131781528366) q[3];
ry(-1.570821496373957) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
