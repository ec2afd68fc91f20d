OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 11 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=10.269721, t_star=3.1580368, qcrb=0.030833596, t_star_at_grid_edge=False, qfi=32.432156, n_genes=11
// ghz: best=9.0475693, t_star=0.99999999, qcrb=0.11052692, t_star_at_grid_edge=False, qfi=9.0475692
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.8267090112471251) q[0];
crx(2.8626967273829798) q[0],q[1];
ry(0.5901311054311309) q[4];
crx(-2.9628324286535848) q[0],q[2];
crx(2.0987738553349797) q[0],q[3];
ry(-0.9994685192723014) q[0];
crx(-2.6958358452451305) q[0],q[4];
crx(-1.2977839743849306) q[0],q[4];
ry(-1.0409219893877761) q[1];
rx(0.9897616179981394) q[2];
crx(-1.2830598833272824) q[4],q[0];
