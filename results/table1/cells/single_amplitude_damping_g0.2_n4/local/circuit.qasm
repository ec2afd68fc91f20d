OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 23 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=8.1148455, t_star=4.0667586, qcrb=0.029483877, t_star_at_grid_edge=False, qfi=33.916842, n_genes=23, cfi=33.001117, ccrb=0.030302004
// ghz: best=7.3575888, t_star=1.25, qcrb=0.074495791, t_star_at_grid_edge=False, qfi=13.423577, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(0.33784153140687456) q[3];
rz(-0.9881702334970428) q[1];
rz(-1.0436676572790966) q[0];
rz(2.9998902804378487) q[1];
crx(1.3496467197728168) q[2],q[1];
rz(2.2791633712489068) q[3];
ry(0.06244047456619084) q[2];
rz(3.007102773447283) q[0];
rx(0.8959355218561109) q[1];
crx(2.7219155440987386) q[2],q[0];
crx(3.141564161539387) q[2],q[3];
rx(-1.5156437719351177) q[3];
ry(1.5708029342778032) q[3];
ry(-1.150465246277878) q[1];
ry(0.17038936749736067) q[1];
crx(0.3722043572372184) q[3],q[0];
rx(1.594536454744384) q[0];
rx(-1.5708088073161794) q[1];
crx(1.4445795103911796) q[1],q[2];
ry(-3.1415799579058024) q[1];
rx(2.41924900802427) q[2];
rx(-0.33525131736670444) q[1];
rx(0.33523307255702894) q[1];
creg c[4];
rz(-0.08132326783132776) q[0];
ry(-1.5707875586724769) q[0];
rz(-5.384456540531257) q[1];
ry(-1.57079526498714) q[1];
rz(-3.2229355869284713) q[2];
ry(-1.5707945661359708) q[2];
rz(-3.392513176475677) q[3];
ry(-1.5708214963738574) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
