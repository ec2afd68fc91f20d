OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=3.0167349, t_star=6.1616691, qcrb=0.053797795, t_star_at_grid_edge=False, n_genes=16
// ghz: best=2.275469, t_star=3.9895235, qcrb=0.11015597, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(-1.3644225768062437) q[2];
rz(1.371786081533502) q[1];
crx(-2.9423902211206574) q[0],q[2];
ry(-1.7495295930600938) q[1];
ry(0.3992468817705084) q[2];
rz(2.3422371294723927) q[2];
crx(1.1904955259891117) q[1],q[2];
rx(-2.472726704858995) q[0];
rx(0.8847575768873579) q[2];
ry(0.6180983724527724) q[0];
rx(2.8353993310542203) q[1];
rz(2.238843186641523) q[1];
rz(-1.139558803666362) q[0];
crx(1.278711490913067) q[1],q[0];
rx(0.884757576887357) q[2];
rx(2.7541996088545453) q[1];
