OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.952345, 0.952345, 0.952345] (one per sensor qubit)
// vqs: best=5.2960083, t_star=4.442689, qcrb=0.041848811, t_star_at_grid_edge=False, qfi=23.895541, n_genes=11, cfi=23.528518, ccrb=0.042501615
// ghz: best=4.1168357, t_star=1.6666667, qcrb=0.13557324, t_star_at_grid_edge=False, qfi=7.3760871, cfi=6.8613928, ccrb=0.145743
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.5708041951081624) q[1];
crx(2.96613142833556) q[2],q[0];
ry(1.5708140907576968) q[1];
rx(-1.552151531482157) q[2];
rx(-1.3889578790818409) q[0];
rx(2.201297484574763) q[1];
rx(2.2012974845747575) q[1];
crx(-0.18815497090332675) q[1],q[0];
crx(0.3001408268797024) q[0],q[1];
rz(0.38611313101727207) q[0];
crx(2.7823510985524864) q[1],q[2];
creg c[3];
rz(-0.4305687523755752) q[0];
ry(-1.5707985859591285) q[0];
rz(-0.044417072212385236) q[1];
ry(-1.5707741065353271) q[1];
rz(-0.044398420964247065) q[2];
ry(-1.5707749891881295) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
