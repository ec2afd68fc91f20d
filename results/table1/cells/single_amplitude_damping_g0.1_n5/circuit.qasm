OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 19 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=31.26036, t_star=3.4078768, qcrb=0.0093868988, t_star_at_grid_edge=False, qfi=106.53146, n_genes=19
// ghz: best=27.833775, t_star=2.5526941, qcrb=0.014074375, t_star_at_grid_edge=False, qfi=71.051112
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(1.4358435821005722) q[3],q[1];
rz(2.4290271362527562) q[4];
crx(-2.462261956909858) q[3],q[1];
crx(-3.142107465080592) q[3],q[2];
rz(-2.4290657726859686) q[3];
crx(3.141605370179648) q[3],q[0];
ry(-1.9459447063162425) q[4];
rx(1.223964955552714) q[1];
rz(-1.7991088666797461) q[0];
crx(-3.141425909874573) q[1],q[0];
crx(-1.9628281677359567) q[4],q[3];
rz(1.5707683820291338) q[4];
rz(2.561564045947155) q[1];
rz(2.8146730772437074) q[1];
crx(3.1400003940467993) q[3],q[4];
crx(3.1419984341613802) q[4],q[2];
crx(-1.2301116451146077e-05) q[0],q[1];
rx(-5.214641533690667e-05) q[0];
rx(-1.6252905823354333) q[3];
