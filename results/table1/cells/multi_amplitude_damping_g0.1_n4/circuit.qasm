OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=5.2096924, t_star=15.700013, qcrb=0.012226099, n_genes=16
// ghz: best=3.8733582, t_star=4.9356712, qcrb=0.052307759
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-3.137099113469901) q[0];
crx(0.5204206003070494) q[2],q[0];
crx(2.4317880993237773) q[1],q[0];
crx(0.9363002164557889) q[1],q[2];
rx(2.092639489470937) q[0];
crx(0.9363002164557915) q[1],q[2];
crx(-0.040635499348186346) q[2],q[0];
rx(-0.6414218076961284) q[2];
rz(-0.7598946439587833) q[2];
rz(-2.803959004805961) q[2];
crx(2.9496792469132713) q[3],q[1];
crx(-1.1536173489988641) q[2],q[3];
rx(-0.19450109653383496) q[2];
rz(-1.5956352890941625) q[0];
rx(-1.0540556361732483) q[1];
rz(-1.156344327092072) q[2];
