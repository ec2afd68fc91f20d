OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2 + 2 ancillas, init=ghz, 40 genes, multi task, bit_flip noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=2.3367957, t_star=6.5926505, qcrb=0.064911134, t_star_at_grid_edge=False, n_genes=40, hcrb=0.064911134, hcrb_over_qcrb=1, commutativity=1.0794218e-07, hcrb_duality_gap=0
// ghz: best=2.2714794, t_star=6.7873997, qcrb=0.064861618, t_star_at_grid_edge=False, hcrb=0.064861618, hcrb_over_qcrb=1, commutativity=6.252864e-16, hcrb_duality_gap=0
// ancillas: q[2]..q[3] are noiseless qubits that do not sense (the sensors are q[0]..q[1])
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-0.9433996391694492) q[0];
ry(0.18329164038529822) q[1];
ry(0.26773762685097235) q[2];
ry(2.701041052041621) q[3];
crx(7.422405319739225) q[0],q[1];
crx(-0.7802262439784374) q[1],q[2];
crx(2.0750508591972383) q[2],q[3];
crx(1.9964411518835472) q[3],q[0];
ry(2.0988225940746723) q[0];
ry(-1.6270429340383077) q[1];
ry(-1.3658402194990045) q[2];
ry(2.859404716276707) q[3];
crx(-1.439451745871624) q[0],q[1];
crx(4.486748727753066) q[1],q[2];
crx(0.5316365460163552) q[2],q[3];
crx(1.1351944288602427) q[3],q[0];
ry(2.4071123996461825) q[0];
ry(0.6326567176193225) q[1];
ry(1.681693627238154) q[2];
ry(-1.7644571872731603) q[3];
crx(-2.6297398430508814) q[0],q[1];
crx(-6.801777224829664) q[1],q[2];
crx(2.4194074986051763) q[2],q[3];
crx(1.4399849632127864) q[3],q[0];
ry(1.1792522965689152) q[0];
ry(-2.3929750800493106) q[1];
ry(-0.8388776495678218) q[2];
ry(-1.308552085251145) q[3];
crx(0.5656838955908022) q[0],q[1];
crx(3.4641351839639114) q[1],q[2];
crx(-4.367881384645389) q[2],q[3];
crx(0.5608313336617731) q[3],q[0];
ry(-0.4620033624561386) q[0];
ry(1.2463093945115666) q[1];
ry(-2.6265501285829442) q[2];
ry(3.1150612713859624) q[3];
crx(-0.4992576995884816) q[0],q[1];
crx(-2.287697491182733) q[1],q[2];
crx(3.6715309161358833) q[2],q[3];
crx(2.330255560047526) q[3],q[0];
