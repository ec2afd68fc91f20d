OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.953782, 0.953782, 0.953782] (one per sensor qubit)
// vqs: best=5.314022, t_star=4.4388524, qcrb=0.04173694, t_star_at_grid_edge=False, qfi=23.959591, n_genes=11, cfi=23.588159, ccrb=0.042394152
// ghz: best=4.1542515, t_star=1.6666667, qcrb=0.13464891, t_star_at_grid_edge=False, qfi=7.4267216, cfi=6.9237524, ccrb=0.14443035
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.5707899219040504) q[1];
crx(2.9651113358295875) q[2],q[0];
ry(1.5708206927967678) q[1];
rx(-1.5513578224344913) q[2];
rx(-1.3882838469418122) q[0];
rx(2.201115413227871) q[1];
rx(2.201115413227865) q[1];
crx(-0.18852617387699538) q[1],q[0];
crx(0.30107018298527394) q[0],q[1];
rz(0.38613560653108214) q[0];
crx(2.780971710172135) q[1],q[2];
creg c[3];
rz(-0.43049815335626784) q[0];
ry(-1.5707980828784598) q[0];
rz(-0.04438813944476697) q[1];
ry(-1.5708167126763997) q[1];
rz(-0.04438887209652497) q[2];
ry(-1.570826608958106) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
