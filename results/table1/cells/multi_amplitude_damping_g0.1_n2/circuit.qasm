OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 12 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=1.7722319, t_star=17.620243, qcrb=0.022631454, t_star_at_grid_edge=False, n_genes=12, hcrb=0.032023408, hcrb_over_qcrb=1.4149956, commutativity=1.6094807, hcrb_duality_gap=2.698455e-10
// ghz: best=1.1637905, t_star=14.143602, qcrb=0.050778995, t_star_at_grid_edge=False, hcrb=0.060752644, hcrb_over_qcrb=1.1964129, commutativity=0.93646023, hcrb_duality_gap=0
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
ry(0.11942862823618672) q[1];
crx(0.3883717871710001) q[0],q[1];
rz(0.424890388210025) q[0];
rx(0.4104658761422928) q[1];
rz(0.42489038821002456) q[0];
crx(-1.2839292884059605) q[1],q[0];
ry(0.6313554792280969) q[1];
rz(0.1153467108670494) q[1];
crx(-1.3278875487698039) q[1],q[0];
crx(0.5474732853364538) q[0],q[1];
rz(0.344462066870467) q[0];
rz(-0.04381479037411884) q[1];
