OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 7 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=7.9378618, t_star=3.4821346, qcrb=0.03617853, t_star_at_grid_edge=False, qfi=27.640703, n_genes=7
// ghz: best=7.3544991, t_star=1.2499999, qcrb=0.10877696, t_star_at_grid_edge=False, qfi=9.1931234
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.894039772456587) q[0];
crx(2.035570873552133) q[0],q[1];
crx(2.9872332880949424) q[0],q[3];
ry(1.407975945940514) q[3];
crx(-4.250257532621052) q[0],q[2];
ry(-1.1316532343319876) q[0];
ry(-0.21515412906741282) q[1];
