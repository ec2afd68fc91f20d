OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 6 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.0895482, t_star=3.4672816, qcrb=0.047361539, t_star_at_grid_edge=False, qfi=21.114179, n_genes=6
// ghz: best=5.5181916, t_star=1.6666667, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
rx(1.7316511983963974) q[1];
rx(-2.8433211088970753) q[2];
crx(-2.368642851810948) q[1],q[0];
crx(-2.5752640271511082) q[1],q[2];
ry(2.2790148517728124) q[2];
rx(-1.1738400016126718) q[1];
