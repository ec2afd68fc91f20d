OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 11 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=10.462811, t_star=3.1352567, qcrb=0.03048446, t_star_at_grid_edge=False, qfi=32.803599, n_genes=11
// ghz: best=9.1469687, t_star=0.99999994, qcrb=0.10932584, t_star_at_grid_edge=False, qfi=9.1469681
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.9720652335413913) q[0];
crx(2.045729640150285) q[0],q[1];
crx(-1.977638913706256) q[0],q[2];
crx(1.9783636600769747) q[0],q[3];
ry(-1.6107979988718313) q[0];
crx(-3.812916119031579) q[0],q[4];
ry(-1.2035177801737653) q[0];
crx(0.4766712116341438) q[1],q[0];
rz(-1.92656568973626) q[4];
ry(-0.8052721681481212) q[1];
crx(-1.4792118283258893) q[0],q[4];
