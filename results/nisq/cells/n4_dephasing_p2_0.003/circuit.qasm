OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 9 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=8.2778267, t_star=3.2331498, qcrb=0.037364385, t_star_at_grid_edge=False, qfi=26.763454, n_genes=9
// ghz: best=7.2653003, t_star=1.2499999, qcrb=0.11011245, t_star_at_grid_edge=False, qfi=9.0816249
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
ry(-0.9317963812372003) q[3];
ry(-1.5902199190052777) q[0];
ry(-0.1908297744023173) q[1];
crx(4.751232722570817) q[0],q[3];
crx(-3.4066934357557948) q[0],q[2];
ry(-0.9825678646072289) q[0];
crx(3.7438014292513753) q[0],q[1];
rx(-1.181216990379311) q[0];
crx(-1.4075347753493999) q[0],q[3];
