OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 22 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=8.092447, t_star=4.1127478, qcrb=0.029272095, t_star_at_grid_edge=False, qfi=34.162228, n_genes=22, cfi=33.282193, ccrb=0.030046097
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(-0.20469338156492212) q[3];
crx(-2.5665556701203154) q[3],q[1];
rz(-2.3742613648403728) q[1];
crx(0.39425815126107083) q[2],q[1];
rz(1.1078686675086145) q[3];
rx(0.39593827021637384) q[1];
crx(3.271512010257584) q[2],q[0];
rz(-2.217536683254767) q[3];
ry(-1.7790045453802936) q[1];
rz(2.7558285075989026) q[1];
rx(0.44634605832295193) q[1];
rx(-1.37307079368249) q[3];
rx(0.05794099193062019) q[2];
rx(2.1662812235931606) q[0];
crx(1.0004889820365748) q[2],q[1];
rz(-1.870252230166663) q[1];
ry(-1.3412655263634685) q[1];
crx(2.742966932771784) q[2],q[3];
crx(-1.3433560451459154) q[1],q[0];
crx(1.0184043255463082) q[0],q[1];
rx(2.647526904944252) q[1];
rz(-3.120095562627402) q[0];
creg c[4];
rz(-6.283108000744242) q[0];
ry(-1.5730937415306723) q[0];
rz(-3.081995713982049) q[1];
ry(-1.5702565463337819) q[1];
rz(-1.6365572116818843) q[2];
ry(-1.5723848617865461) q[2];
rz(-0.04059892324024778) q[3];
ry(-1.572976273306032) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
