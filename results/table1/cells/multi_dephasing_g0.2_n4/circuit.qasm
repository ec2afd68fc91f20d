OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=2.4909446, t_star=2.709838, qcrb=0.14814691, t_star_at_grid_edge=False, n_genes=24
// ghz: best=1.2070992, t_star=1.2634079, qcrb=0.65571251, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-1.5981925938171986) q[0];
rx(-1.8604515500976435) q[2];
crx(0.8199389469046349) q[0],q[2];
rx(3.0148043403496114) q[0];
ry(0.5532391316099567) q[3];
crx(-0.2537722547221993) q[1],q[3];
rx(1.9027944337111142) q[1];
ry(-1.12680835127711) q[3];
crx(1.9793839544110219) q[2],q[1];
rx(2.443645633355585) q[1];
crx(2.949661896573579) q[0],q[2];
crx(3.129021300531374) q[2],q[0];
rx(-2.6713244002604943) q[2];
rz(-1.747318924131996) q[2];
crx(-1.2731123666561852) q[2],q[1];
crx(-3.023879283714885) q[0],q[3];
rz(2.3118424790251018) q[1];
rx(-1.7114235354581186) q[3];
crx(0.31671336337983563) q[2],q[3];
ry(1.799245349397613) q[2];
rx(1.534495016137396) q[1];
crx(1.3786717829394028) q[0],q[2];
crx(0.8983301456548558) q[1],q[2];
rx(2.0805758084335864) q[2];
