OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=8.7115791, t_star=2.144921, qcrb=0.053517006, t_star_at_grid_edge=False, qfi=18.685649, n_genes=12
// ghz: best=8.1098518, t_star=2.0072667, qcrb=0.061430211, t_star_at_grid_edge=False, qfi=16.278635
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(-3.1415695888367066) q[1],q[2];
rx(1.3281241802860198) q[1];
ry(-3.1415782421921916) q[2];
crx(-2.233186430390131) q[0],q[1];
rz(-1.5707907963630476) q[0];
crx(1.8102476586564014) q[1],q[0];
crx(-0.10450712787999336) q[2],q[0];
crx(2.6203170272669865) q[2],q[1];
crx(-3.1415822904269124) q[1],q[2];
crx(3.0141681639779256) q[1],q[0];
ry(-3.141576940290726) q[2];
crx(1.032648982837876) q[2],q[0];
