OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 12 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=1.2682655, t_star=8.2391292, qcrb=0.095699248, t_star_at_grid_edge=False, n_genes=12
// ghz: best=0.69914595, t_star=7.3937523, qcrb=0.19344934, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rz(2.652801052519976) q[0];
ry(0.32228787620052746) q[1];
crx(1.2267428244325822) q[0],q[1];
crx(0.8066148698387423) q[0],q[1];
rz(-0.6183896655916228) q[1];
rx(2.02821159337564) q[1];
rx(0.00012906015420632855) q[0];
crx(-1.7704321915911443) q[1],q[0];
crx(-1.405271288745495) q[0],q[1];
rz(-0.06425641854350994) q[1];
crx(0.6709543093161814) q[0],q[1];
ry(2.4188084093114126) q[0];
