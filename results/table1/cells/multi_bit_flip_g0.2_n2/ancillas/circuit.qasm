OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 40 genes, multi task, bit_flip noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=1.1683979, t_star=3.296325, qcrb=0.25964455, t_star_at_grid_edge=False, n_genes=40, hcrb=0.25964455, hcrb_over_qcrb=1, commutativity=2.4395162e-07, hcrb_duality_gap=4.2759342e-16
// ghz: best=1.1357397, t_star=3.3936999, qcrb=0.25944647, t_star_at_grid_edge=False, hcrb=0.25944647, hcrb_over_qcrb=1, commutativity=1.5821847e-15, hcrb_duality_gap=2.1395994e-16
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-2.9403156593778093) q[0];
ry(-1.2035360966459405) q[1];
ry(0.3783353602762132) q[2];
ry(0.9083936046868306) q[3];
crx(-3.5404106705223533) q[0],q[1];
crx(-2.534363805770571) q[1],q[2];
crx(-5.269465505860048) q[2],q[3];
crx(2.7362773687322464) q[3],q[0];
ry(-2.501485140973556) q[0];
ry(-1.8462308011935276) q[1];
ry(-2.1502746072088676) q[2];
ry(2.481555339345146) q[3];
crx(-4.959490451127314) q[0],q[1];
crx(1.2557766986865468) q[1],q[2];
crx(-1.6499687556258473) q[2],q[3];
crx(0.310270231732695) q[3],q[0];
ry(-1.1954689396795064) q[0];
ry(-2.496750720522637) q[1];
ry(-2.7946961201601326) q[2];
ry(1.8793700079655817) q[3];
crx(3.231247572053356) q[0],q[1];
crx(-2.6650857387178637) q[1],q[2];
crx(-3.5531637135379004) q[2],q[3];
crx(-0.7774369957036117) q[3],q[0];
ry(1.161640138576236) q[0];
ry(-2.4762883847736705) q[1];
ry(-2.5995333310095305) q[2];
ry(-0.7206096579489332) q[3];
crx(-0.17735032672040035) q[0],q[1];
crx(1.9689748794387167) q[1],q[2];
crx(3.3408115723387346) q[2],q[3];
crx(-2.535324134187893) q[3],q[0];
ry(-1.6017981201534128) q[0];
ry(-0.19407527191540952) q[1];
ry(0.8553885529769989) q[2];
ry(-2.810181693880326) q[3];
crx(4.492608688391044) q[0],q[1];
crx(9.287745154799506) q[1],q[2];
crx(-3.867754861665601) q[2],q[3];
crx(1.8710613025930676) q[3],q[0];
