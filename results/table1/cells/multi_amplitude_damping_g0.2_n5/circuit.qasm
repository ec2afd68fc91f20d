OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 24 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=3.2470153, t_star=7.7430551, qcrb=0.039774371, t_star_at_grid_edge=False, n_genes=24
// ghz: best=2.3818952, t_star=2.3083077, qcrb=0.18187946, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(1.841021170214898) q[3],q[2];
crx(2.9619508798214937) q[0],q[4];
crx(-0.13366168059935657) q[3],q[1];
rz(-0.9446590493208848) q[1];
crx(-2.288308143250359) q[2],q[0];
crx(-0.8165992006166799) q[3],q[2];
rx(0.04001898922815528) q[3];
ry(1.26207346356047) q[4];
rz(-2.6918909299330656) q[2];
crx(1.4119694740463373) q[1],q[0];
rz(2.642034342018576) q[4];
rx(1.4186673102796625) q[4];
rx(-0.3425212197443508) q[1];
crx(0.044689033696528234) q[2],q[1];
crx(3.0991520881426706) q[3],q[1];
rz(2.5184575666734066) q[3];
crx(1.852037149510452) q[0],q[3];
rz(0.4990751453392157) q[4];
rx(-0.22462363189041756) q[1];
crx(2.482731982435038) q[2],q[0];
ry(-1.0424577787492852) q[1];
crx(0.19789046080818268) q[0],q[4];
rz(-1.4607781984150565) q[3];
rx(-0.5829227436719404) q[0];
