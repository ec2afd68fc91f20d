OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 23 genes, multi task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=2.9860821, t_star=2.6630949, qcrb=0.12575105, t_star_at_grid_edge=False, n_genes=23
// ghz: best=1.3506485, t_star=1.0702721, qcrb=0.69177274, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rx(-1.3948503281903957) q[3];
rx(-0.04669831113773615) q[0];
crx(2.5118897209015354) q[0],q[2];
rx(2.565043445716567) q[0];
crx(2.59075505449381) q[3],q[0];
rz(1.6039079920722266) q[4];
rz(3.106576427157794) q[3];
crx(-3.233612934985612) q[0],q[1];
ry(2.311079798710873) q[3];
rx(1.4302108568255054) q[1];
ry(-1.3626353937588964) q[1];
ry(-1.6688934061130096) q[0];
crx(3.881840051960535) q[3],q[0];
crx(2.6467488296285655) q[1],q[2];
ry(-3.1170817380487286) q[3];
rz(-2.4760716337998563) q[0];
rx(2.0625747389961226) q[1];
crx(2.141816185255443) q[4],q[0];
rz(-1.6804369566888453) q[3];
crx(-1.040241325544041) q[0],q[1];
crx(0.853430495924451) q[1],q[3];
crx(-3.7107751509118594) q[3],q[2];
crx(-0.48450738140103167) q[0],q[2];
