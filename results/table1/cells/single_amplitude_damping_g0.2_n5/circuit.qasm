OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 24 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=15.630129, t_star=1.7229443, qcrb=0.037133527, t_star_at_grid_edge=False, qfi=26.929842, n_genes=24
// ghz: best=13.916888, t_star=1.276347, qcrb=0.0562975, t_star_at_grid_edge=False, qfi=17.762778
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
ry(3.141557187510407) q[2];
crx(3.1429608526662753) q[1],q[4];
rz(-1.6158458204110766) q[2];
crx(3.141622183033927) q[2],q[1];
ry(-3.1415132362389935) q[1];
rx(2.905670838112142) q[0];
ry(1.084389967429419) q[2];
rx(0.9583025228249848) q[3];
rx(1.820240675636966) q[0];
crx(3.276884201518932) q[3],q[0];
crx(-3.217559582044782) q[2],q[3];
ry(-0.16796716849826376) q[0];
ry(-0.0987783332203005) q[2];
ry(-1.4917498661523965) q[0];
rx(-0.5733048847698496) q[0];
rx(-0.821729836561162) q[2];
crx(-3.141574516288949) q[0],q[1];
crx(-0.1938223035675681) q[1],q[2];
ry(-2.9498926343240415) q[3];
ry(2.983145208014381) q[3];
ry(-3.0254179717140666) q[2];
rx(-0.008564893710230947) q[3];
crx(0.9092633013379218) q[1],q[2];
crx(-3.14264696442651) q[2],q[4];
