OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.952345, 0.952345, 0.952345] (one per sensor qubit)
// vqs: best=4.6044522, t_star=2.8325063, qcrb=0.073311917, t_star_at_grid_edge=False, qfi=13.640347, n_genes=10, cfi=13.04214, ccrb=0.076674533
// ghz: best=4.1168357, t_star=1.6666667, qcrb=0.13557324, t_star_at_grid_edge=False, qfi=7.3760871, cfi=6.8613928, ccrb=0.145743
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.5857102540530805) q[1];
ry(0.620655316047785) q[1];
ry(2.295784327176939) q[1];
crx(2.663023501548943) q[2],q[0];
rx(0.0012834533388264013) q[2];
rx(-1.3881163808487078) q[0];
rx(2.3632605578320467) q[1];
rx(2.3632605578320414) q[1];
crx(0.11315313021869293) q[1],q[0];
rz(2.38377815702332) q[2];
creg c[3];
rz(-0.02846852156827198) q[0];
ry(-1.5708750040468542) q[0];
rz(-2.917248030012999) q[1];
ry(-1.5724539950492649) q[1];
rz(-2.8898545780534253) q[2];
ry(-1.5706526711167386) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
