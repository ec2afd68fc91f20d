OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 9 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.563578, 0.563578, 0.563578] (one per sensor qubit)
// vqs: best=1.7642714, t_star=4.9354312, qcrb=0.11476388, t_star_at_grid_edge=False, qfi=8.713543, n_genes=9, cfi=8.7074403, ccrb=0.11484431
// ghz: best=0.17681515, t_star=1.6666667, qcrb=1.6566957, t_star_at_grid_edge=False, qfi=0.60361114, cfi=0.29469192, ccrb=3.3933743
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(-0.0039094056748769646) q[1];
rx(-1.566904850362769) q[0];
ry(1.5609881533429597) q[0];
crx(3.25076089537924) q[2],q[0];
rx(1.6283668249584302) q[1];
crx(3.0264403426411506) q[2],q[1];
crx(-0.10935323467329972) q[1],q[0];
ry(3.074136159889136) q[2];
ry(0.0039031763507697548) q[0];
creg c[3];
rz(-0.049365175580999225) q[0];
ry(-1.5707910748161367) q[0];
rz(-0.04934543197519323) q[1];
ry(-1.5707988420723782) q[1];
rz(-0.05918330582344987) q[2];
ry(-1.5708008026814664) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
