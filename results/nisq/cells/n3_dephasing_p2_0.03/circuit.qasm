OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=5.5198924, t_star=3.7746885, qcrb=0.047994147, t_star_at_grid_edge=False, qfi=20.835874, n_genes=10
// ghz: best=5.0427832, t_star=1.6666667, qcrb=0.11898192, t_star_at_grid_edge=False, qfi=8.4046386
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(-0.1923722202324476) q[0];
rx(-1.4818645808624622) q[1];
rx(-1.4349399755165242) q[2];
rx(2.164260876743487) q[0];
rx(-1.8541632196078022) q[1];
crx(1.117579220549689) q[2],q[1];
rx(2.3253757785632345) q[1];
rx(-1.0470204863864705) q[1];
crx(-1.3896766906427271) q[2],q[0];
ry(-2.176717007670326) q[2];
