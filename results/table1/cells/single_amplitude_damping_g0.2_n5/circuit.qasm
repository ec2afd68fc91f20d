OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 24 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=15.631724, t_star=1.7194032, qcrb=0.037206208, t_star_at_grid_edge=False, qfi=26.877235, n_genes=24
// ghz: best=13.916888, t_star=1.2763471, qcrb=0.056297497, t_star_at_grid_edge=False, qfi=17.762779
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
ry(-2.5685126761916486) q[3];
rz(0.8039135844842247) q[1];
rx(3.0483342787629244) q[3];
rx(-1.3836360465253497) q[2];
rx(-2.4965720027561553) q[2];
crx(-1.459341229077699) q[2],q[3];
crx(-2.168809195156322) q[3],q[2];
rz(1.8641802703342565) q[0];
crx(-1.9653356771183348) q[1],q[4];
crx(1.1028552000054994) q[1],q[3];
crx(-1.1274614756275514) q[0],q[4];
crx(-3.1415693903093214) q[0],q[1];
rz(0.265749062037699) q[2];
crx(-3.1415693903093214) q[0],q[1];
crx(1.4426235655438722) q[1],q[2];
crx(3.141722271236716) q[3],q[0];
ry(-2.278580316932648) q[2];
rz(-0.29016878318991557) q[2];
rx(-8.594241014447945e-05) q[0];
crx(-3.1416968555575178) q[0],q[1];
crx(1.9110370015316318) q[0],q[2];
rx(-1.0740612151502797) q[2];
crx(-2.2570956229836665) q[1],q[0];
crx(3.1023376962110585) q[0],q[4];
