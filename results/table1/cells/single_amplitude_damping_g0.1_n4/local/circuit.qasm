OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=16.042887, t_star=8.3534545, qcrb=0.0072777384, t_star_at_grid_edge=False, qfi=137.40532, n_genes=24, cfi=134.01353, ccrb=0.0074619334
// ghz: best=14.715178, t_star=2.5, qcrb=0.018623948, t_star_at_grid_edge=False, qfi=53.694309, cfi=36.787944, ccrb=0.027182818
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(0.4612624270233331) q[1],q[0];
rx(0.36582417350874197) q[0];
ry(-1.4516610667141492) q[1];
rx(0.3658241735087411) q[0];
rz(0.32213940715184597) q[0];
crx(2.683789328959709) q[2],q[0];
rx(-1.302936614220883) q[3];
ry(-2.43517059241767) q[1];
crx(2.6066614663929277) q[2],q[3];
ry(-1.5145548122184052) q[0];
rz(-2.6214284099886718) q[0];
rz(1.8641644677833007) q[3];
rz(-2.964929269866123) q[3];
ry(0.6723924381618414) q[2];
crx(1.9024485692206103) q[2],q[1];
ry(-0.28698220948748254) q[1];
crx(1.264396801303565) q[2],q[1];
crx(-0.02009105090429076) q[3],q[1];
rz(0.6927766297794129) q[3];
rz(0.6927766296398463) q[3];
rx(-0.41321568078849324) q[1];
ry(-1.3565914559970016) q[1];
crx(-0.03632803138940203) q[3],q[2];
rz(-3.0016557588338326) q[1];
creg c[4];
rz(-2.8843023292992043) q[0];
ry(-1.5705579620653738) q[0];
rz(-1.5082760264940456) q[1];
ry(-1.5731795241542161) q[1];
rz(-3.21026878696128) q[2];
ry(-1.5699928854411418) q[2];
rz(-3.51228187942149) q[3];
ry(-1.5725258276426095) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
