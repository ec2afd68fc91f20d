OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 15 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=5.681523, t_star=4.3068077, qcrb=0.040867658, n_genes=15
// ghz: best=4.764928, t_star=4.6252564, qcrb=0.045374082
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rx(-2.033040916997452) q[0];
crx(2.7836883201466907) q[4],q[3];
rx(-2.240531401095711) q[4];
crx(-1.1047589837720002) q[4],q[2];
rz(-2.863241752170561) q[1];
crx(1.9901468792265578) q[4],q[0];
rz(-1.8491061520793137) q[1];
rx(0.10240596195962937) q[4];
rx(0.7418759933386099) q[2];
crx(-1.257214930569714) q[2],q[3];
ry(-3.141560763102694) q[4];
crx(2.6083587275765305) q[3],q[0];
crx(4.575089341421505) q[1],q[2];
crx(-3.057504907050324) q[2],q[3];
crx(-1.7921477162553279) q[4],q[3];
