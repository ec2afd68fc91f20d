OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 40 genes, multi task, amplitude_damping noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=2.5172994, t_star=10.002025, qcrb=0.031121127, t_star_at_grid_edge=False, n_genes=40, hcrb=0.039717071, hcrb_over_qcrb=1.2762093, commutativity=1.5741244, hcrb_duality_gap=0
// ghz: best=2.1349108, t_star=6.857653, qcrb=0.058096296, t_star_at_grid_edge=False, hcrb=0.068303785, hcrb_over_qcrb=1.1756995, commutativity=0.77410885, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-0.28590601953163874) q[0];
ry(-2.820389941104335) q[1];
ry(-0.5395240134260577) q[2];
ry(-2.7138941830574086) q[3];
crx(2.7805120989535546) q[0],q[1];
crx(-0.3725109678679667) q[1],q[2];
crx(-1.6119386223049788) q[2],q[3];
crx(0.8835497439159365) q[3],q[0];
ry(2.0260587744461045) q[0];
ry(-0.21221226156475304) q[1];
ry(-1.9654674128773661) q[2];
ry(1.3001667503307806) q[3];
crx(5.877614507610982) q[0],q[1];
crx(0.7786241353197283) q[1],q[2];
crx(2.2659923603240046) q[2],q[3];
crx(-4.495398808301666) q[3],q[0];
ry(2.3946199544722866) q[0];
ry(-2.7594691671156184) q[1];
ry(-0.20198412385537656) q[2];
ry(0.2872049419770635) q[3];
crx(2.2905490438100733) q[0],q[1];
crx(5.802710680433525) q[1],q[2];
crx(2.289862422405077) q[2],q[3];
crx(-0.4896047379352782) q[3],q[0];
ry(0.8038726663945708) q[0];
ry(1.3369943303062373) q[1];
ry(-3.116468839060662) q[2];
ry(-2.497884254987207) q[3];
crx(-4.31996114402719) q[0],q[1];
crx(-4.7246322521932225) q[1],q[2];
crx(-5.920071662846545) q[2],q[3];
crx(3.035790121110656) q[3],q[0];
ry(-2.7819656992964625) q[0];
ry(-0.6637609958965194) q[1];
ry(-1.4192783801846276) q[2];
ry(1.9785633342508886) q[3];
crx(0.6132150458495055) q[0],q[1];
crx(5.697749765756138) q[1],q[2];
crx(3.6532636557324634) q[2],q[3];
crx(-2.6807028679798957) q[3],q[0];
