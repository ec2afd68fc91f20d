OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 40 genes, multi task, dephasing noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=2.3367957, t_star=6.5926498, qcrb=0.06491114, t_star_at_grid_edge=False, n_genes=40, hcrb=0.06491114, hcrb_over_qcrb=1, commutativity=1.2682629e-07, hcrb_duality_gap=0
// ghz: best=1.644603, t_star=4.2519515, qcrb=0.14300481, t_star_at_grid_edge=False, hcrb=0.14300481, hcrb_over_qcrb=1, commutativity=9.9510784e-16, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-0.6961098296631558) q[0];
ry(0.38355383583221814) q[1];
ry(-0.31952696975804473) q[2];
ry(2.5415775005757135) q[3];
crx(7.5855680950591795) q[0],q[1];
crx(-0.317237351803914) q[1],q[2];
crx(2.2992893997322628) q[2],q[3];
crx(0.7608377046782816) q[3],q[0];
ry(1.9011778958226113) q[0];
ry(-1.6106435668355013) q[1];
ry(-1.4439583046191717) q[2];
ry(2.4241673606721967) q[3];
crx(-1.4107167681421136) q[0],q[1];
crx(3.9526229598590876) q[1],q[2];
crx(0.6230602619814638) q[2],q[3];
crx(0.4838509863624428) q[3],q[0];
ry(3.0660580982049686) q[0];
ry(0.5859471436103552) q[1];
ry(1.7557495307736257) q[2];
ry(-1.7213931785803105) q[3];
crx(-2.620131638047645) q[0],q[1];
crx(-6.022797686105349) q[1],q[2];
crx(2.925669543431869) q[2],q[3];
crx(0.9247267993387411) q[3],q[0];
ry(1.1963393377281637) q[0];
ry(-3.0383443372103276) q[1];
ry(-0.980304942027332) q[2];
ry(-1.1541712103544686) q[3];
crx(0.11066952842609773) q[0],q[1];
crx(3.446156592326735) q[1],q[2];
crx(-3.9015878963688904) q[2],q[3];
crx(0.8832102238535363) q[3],q[0];
ry(-0.4378178838974729) q[0];
ry(1.3179984049228182) q[1];
ry(2.906185281855622) q[2];
ry(-3.0174116371226036) q[3];
crx(-0.4320078676671356) q[0],q[1];
crx(-1.9996876200189329) q[1],q[2];
crx(3.895461574472098) q[2],q[3];
crx(3.501250908789596) q[3],q[0];
