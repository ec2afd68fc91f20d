OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=6.3136847, t_star=5.6702731, qcrb=0.027932714, n_genes=16
// ghz: best=4.7361355, t_star=4.5120923, qcrb=0.046794833
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-0.4075356284183785) q[4],q[1];
ry(0.8162285841011157) q[1];
crx(-3.3481232702394155) q[1],q[0];
ry(0.8154321680569998) q[3];
ry(-1.3946245573569696) q[4];
rz(-0.14273649041244552) q[2];
ry(0.8488364389809977) q[2];
crx(-0.4676822845498927) q[2],q[4];
rz(-0.1458104287205111) q[1];
crx(1.4987412237244475) q[4],q[0];
crx(-0.1691529404984092) q[4],q[1];
ry(1.2409971744453143) q[4];
crx(-0.004624973907992598) q[3],q[1];
rx(0.06456275869816519) q[4];
crx(-3.345162537123026) q[3],q[0];
crx(-3.3296921495274256) q[2],q[0];
