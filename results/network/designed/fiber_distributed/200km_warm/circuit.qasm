OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.786799, 0.786799, 0.786799], back [0.786799, 0.786799, 0.786799] (one per sensor qubit)
// vqs: best=2.1380603, t_star=4.8853725, qcrb=0.095737563, t_star_at_grid_edge=False, qfi=10.445221, n_genes=12
// ghz: best=0.57789624, t_star=1.6666667, qcrb=1.0382487, t_star_at_grid_edge=False, qfi=0.9631604
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(3.0871002441522934) q[2];
crx(-2.991784896454501) q[1],q[0];
rz(0.04314154249686464) q[0];
rz(-0.2916002562970994) q[1];
rx(-1.3178530950063576) q[0];
ry(-0.041543502097394214) q[2];
ry(-1.5409510476572383) q[1];
rx(-0.42560173911928123) q[1];
crx(-0.17163228026111332) q[0],q[2];
ry(-1.5391478533676117) q[2];
ry(1.5606904207822652) q[0];
crx(3.3039473527232555) q[2],q[1];
