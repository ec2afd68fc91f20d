OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 40 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.2586497, t_star=5.0010124, qcrb=0.1244845, t_star_at_grid_edge=False, n_genes=40, hcrb=0.15886828, hcrb_over_qcrb=1.2762093, commutativity=1.5741244, hcrb_duality_gap=1.2229567e-15
// ghz: best=1.0674554, t_star=3.4288276, qcrb=0.23238509, t_star_at_grid_edge=False, hcrb=0.27321505, hcrb_over_qcrb=1.1756996, commutativity=0.77410914, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-0.2859060408954459) q[0];
ry(-2.8203899172812665) q[1];
ry(-0.5395241628480454) q[2];
ry(-2.713894218073382) q[3];
crx(2.780512106077477) q[0],q[1];
crx(-0.3725111065651522) q[1],q[2];
crx(-1.611938639506452) q[2],q[3];
crx(0.88354961797679) q[3],q[0];
ry(2.0260588300886706) q[0];
ry(-0.21221232820312697) q[1];
ry(-1.9654674954147058) q[2];
ry(1.3001666719073457) q[3];
crx(5.877614421072909) q[0],q[1];
crx(0.7786242995822673) q[1],q[2];
crx(2.265992345078225) q[2],q[3];
crx(-4.4953987507725826) q[3],q[0];
ry(2.3946199564250676) q[0];
ry(-2.7594691390477117) q[1];
ry(-0.20198398544993967) q[2];
ry(0.28720497159977576) q[3];
crx(2.2905490442140044) q[0],q[1];
crx(5.80271067048906) q[1],q[2];
crx(2.2898624038958855) q[2],q[3];
crx(-0.4896046897900146) q[3],q[0];
ry(0.8038726757677237) q[0];
ry(1.3369942067347473) q[1];
ry(-3.116468834101944) q[2];
ry(-2.4978842381285897) q[3];
crx(-4.319961236612874) q[0],q[1];
crx(-4.724632240225536) q[1],q[2];
crx(-5.9200718258572085) q[2],q[3];
crx(3.035790171305291) q[3],q[0];
ry(-2.78196568303208) q[0];
ry(-0.6637609747250024) q[1];
ry(-1.4192783546418326) q[2];
ry(1.9785632966894386) q[3];
crx(0.6132150853522439) q[0],q[1];
crx(5.697749729373927) q[1],q[2];
crx(3.653263664863626) q[2],q[3];
crx(-2.6807028966550024) q[3],q[0];
