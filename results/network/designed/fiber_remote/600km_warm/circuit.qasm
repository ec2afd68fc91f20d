OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.197256, 0.197256, 0.197256] (one per sensor qubit)
// vqs: best=0.21473351, t_star=4.998986, qcrb=0.9315746, t_star_at_grid_edge=False, qfi=1.0734513, n_genes=7, cfi=1.0734498, ccrb=0.93157594
// ghz: best=0.00032506733, t_star=1.6666667, qcrb=515.3068, t_star_at_grid_edge=False, qfi=0.0019405915, cfi=0.00054177888, ccrb=1845.7715
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.5708070909139744) q[0];
ry(1.5862066316720371) q[0];
crx(3.1557597961235966) q[2],q[0];
rx(1.5779215504105313) q[1];
crx(3.127349076246552) q[2],q[1];
crx(-0.01417633287826359) q[1],q[0];
ry(3.1415912136013997) q[2];
creg c[3];
rz(-0.049994576557165715) q[0];
ry(-1.5707831081214814) q[0];
rz(-0.05000092329134004) q[1];
ry(-1.570785108937359) q[1];
rz(-0.03456279056260976) q[2];
ry(-1.5707806331833867) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
