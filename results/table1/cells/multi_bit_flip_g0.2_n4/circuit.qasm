OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=2.4912304, t_star=2.7140864, qcrb=0.14789804, t_star_at_grid_edge=False, n_genes=24
// ghz: best=1.7795105, t_star=2.1432388, qcrb=0.2621977, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(1.4052470377125292) q[1];
crx(-2.2518726061423577) q[1],q[0];
ry(-2.6377125474300795) q[3];
rx(1.0832012706481056) q[1];
rx(-2.3442147516398686) q[0];
crx(0.2968069720644359) q[3],q[2];
crx(2.3310859809779174) q[1],q[0];
crx(0.7083988498136132) q[2],q[3];
crx(0.9944815538807318) q[0],q[3];
crx(0.8208410768236586) q[2],q[1];
ry(-1.4639882335545507) q[0];
crx(2.558530050145979) q[0],q[3];
rx(-0.13225949466656628) q[2];
crx(1.8638756074247345) q[0],q[1];
ry(1.8989419788431352) q[2];
crx(-0.32411875439916715) q[0],q[2];
rz(-0.7867172891478216) q[0];
rz(0.6915887845269708) q[3];
rx(-1.6452071927553145) q[0];
rz(3.0754649400687732) q[1];
crx(3.173793866325813) q[2],q[0];
crx(2.224281370834792) q[1],q[3];
ry(-1.967995935429628) q[0];
ry(-1.319759550757672) q[3];
