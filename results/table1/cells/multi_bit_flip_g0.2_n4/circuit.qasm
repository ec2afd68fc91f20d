OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=2.4672937, t_star=2.735619, qcrb=0.14815746, n_genes=16
// ghz: best=1.7361456, t_star=2.1202717, qcrb=0.2716579
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-1.9126853963836883) q[3];
crx(0.6239115313206253) q[1],q[2];
crx(-3.220179368474518) q[3],q[0];
rz(-0.8431487721571225) q[3];
ry(2.902193039156421) q[3];
rz(0.001587336769945491) q[2];
rx(1.0207812739331246) q[0];
rz(-0.8501983415741732) q[3];
crx(1.8501412410218079) q[0],q[2];
ry(2.9727818951674294) q[3];
crx(1.9863975073994677) q[3],q[2];
ry(-1.9570835800755788) q[0];
rx(-3.110765030694729) q[1];
rz(-2.8567019125605637) q[0];
crx(-4.308633673973995) q[0],q[2];
crx(-1.0862886734350574) q[3],q[0];
