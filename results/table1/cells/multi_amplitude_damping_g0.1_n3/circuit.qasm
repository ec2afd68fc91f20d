OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 15 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=3.8843051, t_star=15.597198, qcrb=0.016505933, t_star_at_grid_edge=False, n_genes=15
// ghz: best=2.750693, t_star=5.1264928, qcrb=0.070914906, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(3.719663762189728) q[0],q[2];
ry(1.2435261967568163) q[2];
crx(-1.7037326910809598) q[1],q[2];
rz(-0.8032362791729515) q[2];
crx(1.524856188226286) q[0],q[1];
crx(1.061712057394) q[2],q[1];
ry(0.3707903018272951) q[1];
crx(-1.1595561930317266) q[2],q[0];
rz(-0.06805040443406574) q[1];
rx(2.4195194042912576) q[0];
rx(1.6806560992440671) q[1];
ry(0.7178697226037318) q[0];
crx(2.7526705935633693) q[1],q[0];
crx(0.6427690331252034) q[2],q[0];
crx(2.73872076084289) q[2],q[1];
