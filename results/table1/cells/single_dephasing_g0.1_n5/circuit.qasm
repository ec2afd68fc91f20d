OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 16 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=10.895773, t_star=3.1973591, qcrb=0.028704537, t_star_at_grid_edge=False, qfi=34.837698, n_genes=16
// ghz: best=9.196986, t_star=0.99999998, qcrb=0.10873128, t_star_at_grid_edge=False, qfi=9.1969858
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
ry(2.20188109842902) q[2];
rx(-1.4893818992711692) q[0];
crx(-2.1414937908875658) q[0],q[1];
crx(2.54505666586182) q[0],q[1];
rz(2.6578407347266477) q[0];
rx(-0.12578448337052306) q[2];
rz(-2.4909213451407934) q[3];
rx(0.9806248512609823) q[3];
crx(-2.219268840925983) q[3],q[1];
rx(-0.2625071744609264) q[0];
ry(2.165697819074926) q[4];
ry(-3.107964913385893) q[0];
ry(0.7419741001969893) q[0];
ry(2.887868350183247) q[3];
crx(-0.29379311938783387) q[4],q[1];
rx(-2.0868492710511544) q[1];
