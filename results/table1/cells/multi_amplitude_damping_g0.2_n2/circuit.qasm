OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 10 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=0.88611597, t_star=8.8101222, qcrb=0.09052581, t_star_at_grid_edge=False, n_genes=10, hcrb=0.12809362, hcrb_over_qcrb=1.4149956, commutativity=1.6094808, hcrb_duality_gap=2.6983837e-10
// ghz: best=0.58189524, t_star=7.0718008, qcrb=0.20311598, t_star_at_grid_edge=False, hcrb=0.24301058, hcrb_over_qcrb=1.1964129, commutativity=0.93646023, hcrb_duality_gap=0
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-2.5062390265710115) q[0],q[1];
crx(-2.5062390265710133) q[0],q[1];
ry(-0.15425781751518652) q[1];
rx(-0.030408880862581977) q[0];
ry(0.35881772315487437) q[0];
ry(-0.1542578175151874) q[1];
crx(-4.390570106189173) q[1],q[0];
rz(0.5677297154819567) q[1];
ry(-0.26784531159366454) q[1];
rz(0.6928113852077367) q[0];
