OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 14 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=2.8519543, t_star=2.1653224, qcrb=0.16193282, n_genes=14
// ghz: best=2.382464, t_star=2.3126283, qcrb=0.18149632
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
crx(-1.200638672436298) q[4],q[3];
rx(-0.08079813757559595) q[2];
ry(0.8214809692291851) q[4];
crx(-1.4098564149459993) q[2],q[3];
crx(-3.828667196509176) q[3],q[2];
rz(-1.5707168720190703) q[4];
crx(1.5252555351429393) q[4],q[3];
crx(-3.1401738387632063) q[3],q[0];
crx(4.589783644022357) q[1],q[2];
crx(-3.1402223404914245) q[2],q[3];
rz(-1.618263611743322) q[1];
crx(3.1403611282063717) q[4],q[2];
rz(-3.046817419541741) q[1];
rz(-1.6182636117432885) q[1];
