OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 9 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.197256, 0.197256, 0.197256] (one per sensor qubit)
// vqs: best=0.21472956, t_star=4.9992641, qcrb=0.93154033, t_star_at_grid_edge=False, qfi=1.0734908, n_genes=9, cfi=1.0734898, ccrb=0.93154123
// ghz: best=0.00032506733, t_star=1.6666667, qcrb=515.3068, t_star_at_grid_edge=False, qfi=0.0019405915, cfi=0.00054177888, ccrb=1845.7715
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(1.9180197591985433) q[2];
ry(-1.5651643608805506) q[1];
crx(-2.320884290352262) q[0],q[1];
crx(-3.1393657022572197) q[1],q[2];
ry(-1.5583624242987602) q[1];
crx(-3.1440201838428177) q[1],q[0];
crx(-3.143520003755843) q[1],q[2];
crx(-3.2692467681958206) q[0],q[1];
crx(0.1693665827829141) q[2],q[1];
creg c[3];
rz(-4.698727959056295) q[0];
ry(-1.5707367802030414) q[0];
rz(-4.698671857214781) q[1];
ry(-1.5708078069258726) q[1];
rz(-0.13450930732035427) q[2];
ry(-1.57076259129044) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
