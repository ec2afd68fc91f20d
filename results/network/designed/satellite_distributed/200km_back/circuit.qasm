OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.952345, 0.952345, 0.952345], back [0.952345, 0.952345, 0.952345] (one per sensor qubit)
// vqs: best=4.8337687, t_star=4.279954, qcrb=0.048336482, t_star_at_grid_edge=False, qfi=20.688308, n_genes=11
// ghz: best=3.5427783, t_star=1.6666666, qcrb=0.16935862, t_star_at_grid_edge=False, qfi=5.9046301
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(0.00016115644364189663) q[2];
crx(0.35367401551034083) q[2],q[1];
crx(-2.797004633496436) q[1],q[2];
crx(-2.242683960921594) q[0],q[1];
crx(3.1438175851825885) q[1],q[0];
ry(3.141566647348) q[2];
rx(1.7665046663222217) q[2];
rz(3.1413437336536596) q[1];
rx(1.5703270965626537) q[1];
ry(1.570349572006382) q[2];
crx(3.138724965564977) q[1],q[0];
