OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 15 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=8.7115791, t_star=2.1449198, qcrb=0.053517037, qfi=18.685638, n_genes=15
// ghz: best=8.1098518, t_star=2.0072666, qcrb=0.061430213, qfi=16.278635
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(3.14160316971555) q[2],q[1];
crx(0.6209490660317865) q[2],q[0];
rx(2.0943939535158442) q[1];
crx(2.9056453258099184) q[2],q[0];
ry(1.4441037648700021) q[2];
crx(-3.1595090998198665) q[2],q[0];
ry(2.048193920866952) q[2];
rz(0.2028515152100816) q[0];
crx(3.141581341241218) q[2],q[1];
rx(2.094393953515846) q[1];
crx(-0.23233297878826772) q[2],q[0];
rz(-1.1243402547696872) q[0];
crx(0.4486127853545253) q[2],q[0];
rx(2.0943939535158442) q[1];
crx(2.634983938507195) q[2],q[0];
