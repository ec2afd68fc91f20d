OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=7.8915378, t_star=3.4352685, qcrb=0.036887368, t_star_at_grid_edge=False, qfi=27.109551, n_genes=10
// ghz: best=7.0531851, t_star=1.25, qcrb=0.11342393, t_star_at_grid_edge=False, qfi=8.8164814
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
ry(-2.0259705107440604) q[0];
ry(-0.35154444968007015) q[1];
rz(1.7632164849087522) q[0];
crx(-4.336932455178163) q[0],q[2];
crx(2.0251304222775053) q[0],q[3];
crx(4.460905099442096) q[0],q[1];
ry(0.8575017995256462) q[2];
ry(-0.3191293761145704) q[1];
rx(-1.2074335140104049) q[0];
crx(2.135029786845503) q[0],q[3];
