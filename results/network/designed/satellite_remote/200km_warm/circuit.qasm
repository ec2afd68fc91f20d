OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.952345, 0.952345, 0.952345] (one per sensor qubit)
// vqs: best=5.2224685, t_star=4.5500212, qcrb=0.041505416, t_star_at_grid_edge=False, qfi=24.093241, n_genes=12, cfi=23.762342, ccrb=0.042083393
// ghz: best=4.1168357, t_star=1.6666667, qcrb=0.13557324, t_star_at_grid_edge=False, qfi=7.3760871, cfi=6.8613928, ccrb=0.145743
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(2.0560079256514507) q[1];
ry(2.116141261143621) q[1];
ry(0.44101225001446487) q[1];
crx(3.1411323245654263) q[2],q[0];
rx(-1.084751646037641) q[2];
rx(-1.3842488452879205) q[0];
rx(2.6381034445042983) q[1];
rx(2.638103444504292) q[1];
crx(-0.3726957166759865) q[1],q[0];
rz(0.38743422082638457) q[0];
crx(2.768494668888421) q[1],q[2];
rz(2.5194352979638523) q[2];
creg c[3];
rz(-0.4329209721351747) q[0];
ry(-1.5707977326300355) q[0];
rz(-5.267535707104473) q[1];
ry(-1.5708270320591522) q[1];
rz(-5.7065407798577095) q[2];
ry(-1.5707695509935033) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
