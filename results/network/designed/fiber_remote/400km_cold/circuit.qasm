OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 6 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.563578, 0.563578, 0.563578] (one per sensor qubit)
// vqs: best=1.7601831, t_star=4.9569746, qcrb=0.11455489, t_star_at_grid_edge=False, qfi=8.7294398, n_genes=6, cfi=8.7251827, ccrb=0.11461078
// ghz: best=0.17681515, t_star=1.6666667, qcrb=1.6566957, t_star_at_grid_edge=False, qfi=0.60361114, cfi=0.29469192, ccrb=3.3933743
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(1.3689476973131276) q[1];
crx(3.1413928224999017) q[1],q[0];
crx(2.064897981099573) q[2],q[1];
ry(-1.658170179665034) q[0];
crx(1.1908147694757867) q[2],q[1];
crx(-3.43283705549988) q[0],q[1];
creg c[3];
rz(-4.761860887782468) q[0];
ry(-1.5708130024970937) q[0];
rz(-3.1911764228997526) q[1];
ry(-1.5708187755722625) q[1];
rz(-1.6203558252408328) q[2];
ry(-1.5707753464431353) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
