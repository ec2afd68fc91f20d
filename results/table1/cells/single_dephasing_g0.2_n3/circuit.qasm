OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=3.0749787, t_star=1.829309, qcrb=0.17777505, qfi=5.6250862, n_genes=11
// ghz: best=2.7590958, t_star=0.83333336, qcrb=0.43492508, qfi=2.2992466
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.5064603822697942) q[1];
rx(-0.6660124083124166) q[1];
rz(-2.1111979717948004) q[0];
rx(-1.5707946748018649) q[2];
rx(2.0309295957366427) q[1];
crx(-1.7123890156321384) q[2],q[1];
rz(0.5383290580735958) q[0];
rx(1.747205542882913) q[2];
rz(1.4704653769223448) q[0];
crx(-0.23421635218032513) q[1],q[0];
ry(0.8423843468292485) q[2];
