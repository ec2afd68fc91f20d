OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 22 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=8.0925831, t_star=4.1126911, qcrb=0.029272072, t_star_at_grid_edge=False, qfi=34.162255, n_genes=22, cfi=33.282294, ccrb=0.030046005
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(-0.204687172417231) q[3];
crx(-2.5653719939559307) q[3],q[1];
rz(-2.368911282017894) q[1];
crx(0.3943630789909807) q[2],q[1];
rz(1.1057864031404891) q[3];
rx(0.39562197650542474) q[1];
crx(3.2704404160439218) q[2],q[0];
rz(-2.2196189476228905) q[3];
ry(-1.7807377072361195) q[1];
rz(2.7605954797922374) q[1];
rx(0.4545049457234702) q[1];
rx(-1.3731194134350113) q[3];
rx(0.05809293389671755) q[2];
rx(2.168871590467388) q[0];
crx(0.9946929636058438) q[2],q[1];
rz(-1.875723280070449) q[1];
ry(-1.3311242065242026) q[1];
crx(2.743001280493624) q[2],q[3];
crx(-1.3473354210262927) q[1],q[0];
crx(1.0219781368407108) q[0],q[1];
rx(2.645638310279317) q[1];
rz(-3.120952935947677) q[0];
creg c[4];
rz(-3.142372736890036) q[0];
ry(-1.5685419284964064) q[0];
rz(-6.226619714372756) q[1];
ry(-1.5713106489013435) q[1];
rz(-4.777738641284441) q[2];
ry(-1.569216005569242) q[2];
rz(-3.1822184383452927) q[3];
ry(-1.5686349994428197) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
