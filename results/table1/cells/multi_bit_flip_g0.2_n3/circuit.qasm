OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 15 genes, multi task, bit_flip noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.509468, t_star=3.0864378, qcrb=0.21459453, t_star_at_grid_edge=False, n_genes=15, hcrb=0.2146439, hcrb_over_qcrb=1.00023, commutativity=0.019494869, hcrb_duality_gap=0
// ghz: best=1.13771, t_star=1.9946237, qcrb=0.44065438, t_star_at_grid_edge=False, hcrb=0.44066388, hcrb_over_qcrb=1.0000215, commutativity=0.0035465269, hcrb_duality_gap=5.0388656e-16
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(-1.351693315821033) q[2];
rx(0.27478007332864873) q[2];
rx(2.7917266103783973) q[1];
rz(0.9013700718567268) q[2];
ry(2.646674340891236) q[0];
rz(2.29461226346813) q[1];
crx(4.805787243559947) q[1],q[2];
crx(-5.326144354707477) q[0],q[2];
ry(-0.22354087000285494) q[1];
rx(2.4866200536471172) q[1];
crx(-0.05709475524556947) q[1],q[0];
rz(2.552336401570594) q[1];
crx(-0.5670588775488968) q[1],q[2];
rx(-2.383166164712762) q[0];
ry(0.004512290024095478) q[2];
