OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 40 genes, multi task, dephasing noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.1683979, t_star=3.2963253, qcrb=0.25964453, t_star_at_grid_edge=False, n_genes=40, hcrb=0.25964453, hcrb_over_qcrb=1, commutativity=7.6469501e-08, hcrb_duality_gap=0
// ghz: best=0.82230148, t_star=2.1259757, qcrb=0.57201923, t_star_at_grid_edge=False, hcrb=0.57201923, hcrb_over_qcrb=1, commutativity=9.9510784e-16, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-3.058806089781026) q[0];
ry(-1.3883946496977722) q[1];
ry(0.3381083317320561) q[2];
ry(1.0140189179166965) q[3];
crx(-3.817589659341305) q[0],q[1];
crx(-2.54124033424487) q[1],q[2];
crx(-5.37691924554176) q[2],q[3];
crx(2.446284056787747) q[3],q[0];
ry(-2.475444753187568) q[0];
ry(-1.792981422114058) q[1];
ry(-2.192191326965449) q[2];
ry(2.249914205907067) q[3];
crx(-4.977565624757838) q[0],q[1];
crx(-0.08735405874158356) q[1],q[2];
crx(-1.8328922072046592) q[2],q[3];
crx(0.5544533939256742) q[3],q[0];
ry(-1.2175326679537253) q[0];
ry(-2.618295405379868) q[1];
ry(2.941975838778921) q[2];
ry(1.708775973050444) q[3];
crx(3.0917386836949547) q[0],q[1];
crx(-2.087437844640009) q[1],q[2];
crx(-3.2540529211909424) q[2],q[3];
crx(-1.5932884674293044) q[3],q[0];
ry(0.8541224493829382) q[0];
ry(-2.3773606509644747) q[1];
ry(-2.339016116465341) q[2];
ry(-0.23463040788841738) q[3];
crx(0.05448947557783468) q[0],q[1];
crx(2.2712766744269053) q[1],q[2];
crx(2.356222811324345) q[2],q[3];
crx(-1.3190516787092141) q[3],q[0];
ry(-1.6287175334761332) q[0];
ry(-0.8387230797890228) q[1];
ry(0.8480345310644744) q[2];
ry(2.503902466480767) q[3];
crx(3.939822072205314) q[0],q[1];
crx(9.344806342909587) q[1],q[2];
crx(-4.195146984946741) q[2],q[3];
crx(1.6601909923834743) q[3],q[0];
