OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 9 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.786799, 0.786799, 0.786799], back [0.786799, 0.786799, 0.786799] (one per sensor qubit)
// vqs: best=2.1301754, t_star=4.9231894, qcrb=0.095353818, t_star_at_grid_edge=False, qfi=10.487257, n_genes=9
// ghz: best=0.57789624, t_star=1.6666667, qcrb=1.0382487, t_star_at_grid_edge=False, qfi=0.9631604
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(2.5111496677246965) q[2];
ry(-1.5722394164206168) q[1];
crx(-0.09060052067053077) q[2],q[1];
rz(0.5060079478008124) q[2];
rz(0.13102330508485682) q[1];
crx(2.984035583926844) q[2],q[0];
ry(-1.702005951743819) q[2];
ry(1.570754865561872) q[0];
crx(2.9842502353606264) q[2],q[1];
