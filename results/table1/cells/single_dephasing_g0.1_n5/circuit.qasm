OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 14 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=10.894403, t_star=3.2000302, qcrb=0.028684184, qfi=34.862418, n_genes=14
// ghz: best=9.196986, t_star=1, qcrb=0.10873127, qfi=9.196986
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
ry(2.237023792433927) q[1];
rz(2.539159377543487) q[0];
rx(-2.0168201501328493) q[3];
rx(-0.975209105780952) q[0];
crx(-0.31795625515029485) q[3],q[2];
rx(-0.7453477969260947) q[2];
rx(1.0371138879432316) q[3];
ry(-0.9914782139635023) q[4];
rz(1.7511287504662816) q[0];
crx(1.0757937043808417) q[0],q[2];
crx(1.0757937043808419) q[0],q[2];
rx(-0.38299597743426217) q[0];
crx(-0.34295041455303765) q[4],q[2];
rx(-2.820201949554923) q[1];
