OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 24 genes, multi task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=6.4435862, t_star=5.5478027, qcrb=0.027973793, t_star_at_grid_edge=False, n_genes=24
// ghz: best=2.7012971, t_star=2.1405442, qcrb=0.17294319, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rx(-1.7898743455168329) q[3];
rx(-1.138935652096034) q[0];
crx(-1.7473600655498271) q[0],q[2];
crx(-0.040972914352405645) q[0],q[3];
crx(4.756435880672377) q[3],q[2];
ry(-1.8482261016579613) q[4];
rx(0.8250445731527583) q[2];
rz(-0.06612792319367866) q[0];
ry(-1.5510996589564943) q[0];
rx(0.8250445731527671) q[2];
rz(-0.2379614634670708) q[0];
crx(-0.11985979663713289) q[3],q[0];
rx(2.984581350820429) q[3];
rx(1.8486682072095961) q[1];
crx(1.6247675979822487) q[1],q[2];
rz(3.1408176180954204) q[1];
crx(1.6250928334456942) q[4],q[2];
crx(-0.00624423836569301) q[1],q[3];
crx(-3.288889072139102) q[2],q[3];
crx(-0.5492152643711123) q[0],q[3];
crx(-3.2888890721391) q[2],q[3];
ry(-1.614288635714862) q[0];
rz(-1.5717661340264681) q[4];
ry(-1.6546997082920032) q[2];
