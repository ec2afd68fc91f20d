OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 13 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=1.4115042, t_star=7.6014998, qcrb=0.093200566, t_star_at_grid_edge=False, n_genes=13
// ghz: best=1.0354082, t_star=6.0211568, qcrb=0.16040151, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rx(1.083262805498709) q[0];
crx(0.48516064377505214) q[0],q[1];
rx(-0.48417034179550367) q[1];
ry(1.869591474590809) q[0];
crx(2.6281228994101586) q[0],q[1];
ry(0.40527435426886615) q[1];
ry(1.2463271042634227) q[0];
crx(1.8311232974478098) q[1],q[0];
rx(-0.8663928041818956) q[1];
rz(-1.9355591866794535) q[0];
crx(0.36609579840604145) q[0],q[1];
rx(-1.5742079782383742) q[1];
rx(2.1345136735226307) q[0];
