OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=3.9006277, t_star=15.778022, qcrb=0.016248487, n_genes=16
// ghz: best=2.7520588, t_star=5.1320459, qcrb=0.070803015
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(0.03561704725683024) q[1];
ry(-0.04843637007149937) q[0];
ry(-3.0743491684216018) q[2];
crx(3.606401218635157) q[2],q[0];
rx(-2.503952798338484) q[0];
ry(-2.334069129059138) q[0];
ry(0.03957502021946313) q[2];
ry(0.27848419800548285) q[1];
crx(-3.1123153973115953) q[1],q[2];
rx(2.6089223946590803) q[1];
rx(-1.7297542786676017) q[2];
ry(0.8802313434359563) q[1];
crx(-3.176052756182095) q[1],q[0];
rz(0.7946938554019702) q[0];
rx(2.594579844160698) q[1];
crx(-2.4545300257865943) q[1],q[0];
