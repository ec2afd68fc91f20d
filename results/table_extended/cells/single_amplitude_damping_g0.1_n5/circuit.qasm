OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 23 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=31.262223, t_star=3.4410453, qcrb=0.0092958637, t_star_at_grid_edge=False, qfi=107.57473, n_genes=23
// ghz: best=27.833775, t_star=2.5526942, qcrb=0.014074374, t_star_at_grid_edge=False, qfi=71.051115
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-1.7084663823289055) q[3];
crx(-1.5794659580698278) q[0],q[1];
rx(-3.0177955315568994e-05) q[0];
rx(-1.5704456323974272) q[4];
crx(0.0006038858602866502) q[1],q[2];
crx(3.1417390975410817) q[3],q[0];
crx(-4.613820932922792) q[2],q[3];
rz(1.6408406895720287) q[1];
crx(1.2931047258875732) q[4],q[2];
ry(-1.8482924840047494) q[2];
rz(-3.1235615659635405) q[2];
ry(1.3913433777170514) q[1];
rz(1.7997733419544106) q[1];
rz(1.5707646374915276) q[4];
rz(-0.03444962723254097) q[2];
ry(-1.8449837945596075) q[2];
crx(-2.270307694454886) q[1],q[3];
rx(0.28583877791614265) q[1];
ry(-3.0853166027854044) q[3];
ry(1.5703161677497155) q[4];
rx(0.630428290666504) q[2];
rx(2.888655479541187) q[3];
crx(-3.1416493884672225) q[1],q[0];
