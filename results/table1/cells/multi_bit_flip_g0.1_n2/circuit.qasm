OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 13 genes, multi task, bit_flip noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=1.1670839, t_star=5.7809323, qcrb=0.14821769, t_star_at_grid_edge=False, n_genes=13, hcrb=0.14821769, hcrb_over_qcrb=1, commutativity=8.9496043e-08, hcrb_duality_gap=0
// ghz: best=1.0354082, t_star=6.0211564, qcrb=0.16040152, t_star_at_grid_edge=False, hcrb=0.16040152, hcrb_over_qcrb=1, commutativity=8.959825e-16, hcrb_duality_gap=1.7303811e-16
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(0.25844820133480173) q[0];
crx(1.3581487423152122e-05) q[0],q[1];
rx(0.2584482013348022) q[1];
ry(0.004826192696343323) q[0];
crx(1.484925786877316e-05) q[0],q[1];
ry(0.011046882362984345) q[1];
ry(0.004778041256707333) q[0];
crx(1.9909993382955204e-08) q[1],q[0];
rx(0.33283615190046456) q[1];
rz(0.005458095625347603) q[0];
crx(-2.8418092008673932e-05) q[0],q[1];
rx(0.3328361519004641) q[1];
rx(0.3331903566744936) q[0];
