OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 13 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=2.6009069, t_star=7.8919179, qcrb=0.048718358, n_genes=13
// ghz: best=1.9366791, t_star=2.4678356, qcrb=0.20923104
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
crx(1.1370547517241987) q[2],q[0];
ry(-3.069943349316187) q[2];
ry(-3.0285804029029553) q[0];
crx(-0.002496051258410234) q[1],q[3];
rz(-1.1120622201218495) q[3];
crx(1.9776640311762212) q[2],q[0];
crx(1.5679304740056128) q[3],q[1];
crx(1.567930474005608) q[3],q[1];
crx(3.018691496084899) q[3],q[2];
ry(-1.9910515139903442) q[2];
rx(1.1013594320071256) q[1];
rx(-1.7259001112080912) q[3];
crx(0.17551390087954907) q[3],q[1];
