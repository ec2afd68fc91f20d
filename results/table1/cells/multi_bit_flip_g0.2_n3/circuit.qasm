OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=1.5038491, t_star=3.0679036, qcrb=0.21674746, n_genes=16
// ghz: best=1.1076153, t_star=1.9694798, qcrb=0.45841573
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(-2.087934597979042) q[1],q[2];
ry(3.095222201597812) q[1];
rz(2.498832952607338) q[0];
rx(0.22434379963667883) q[0];
crx(-0.3172947275022308) q[0],q[1];
crx(0.31686561157862825) q[2],q[1];
rz(2.415644913313743) q[2];
ry(-0.6422828664631646) q[2];
rz(2.540795449822479) q[2];
rz(2.2325615509917043) q[0];
rz(-0.0005347747697475036) q[1];
ry(-0.31568628705546686) q[1];
crx(-3.582490753944491) q[0],q[2];
ry(2.573989085947927) q[0];
rx(-2.3443064737588815) q[2];
rx(-1.0487701571467234) q[2];
