OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 21 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=31.263965, t_star=3.4442943, qcrb=0.0092865775, t_star_at_grid_edge=False, qfi=107.6823, n_genes=21
// ghz: best=27.833775, t_star=2.5526942, qcrb=0.014074374, t_star_at_grid_edge=False, qfi=71.051116
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
ry(-2.992944619887819) q[2];
ry(3.1415518685892376) q[3];
ry(0.017464912788679232) q[2];
rx(-0.5746216366033785) q[0];
rx(1.5710204229074938) q[0];
crx(-0.8806425253190372) q[1],q[0];
crx(4.084237589957906) q[3],q[0];
crx(-3.1416151450528993) q[1],q[4];
rz(-3.109442439849449) q[3];
ry(-3.1415743198620896) q[3];
crx(3.1417337847353157) q[3],q[1];
crx(0.3090624480162967) q[1],q[4];
rz(-1.6061777165540598) q[2];
rx(-2.4390028471863974) q[2];
crx(-3.1416526323777862) q[0],q[1];
crx(1.1271076377007967) q[0],q[2];
crx(-5.253407641200941) q[2],q[3];
rx(-0.16393864951844606) q[3];
crx(2.137627167379531) q[1],q[2];
crx(-1.5707879922955987) q[2],q[4];
crx(-1.5707879922956016) q[2],q[4];
