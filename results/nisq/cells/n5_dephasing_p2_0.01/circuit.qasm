OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 8 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=9.483064, t_star=4.3971282, qcrb=0.023981823, t_star_at_grid_edge=False, qfi=41.698248, n_genes=8
// ghz: best=8.7062755, t_star=0.99999999, qcrb=0.11485968, t_star_at_grid_edge=False, qfi=8.7062754
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.534110140909954) q[2];
rx(-1.2242229181321829) q[4];
rz(0.9299784277191279) q[4];
ry(1.568685502485125) q[3];
crx(-1.0974892505674045) q[3],q[4];
crx(0.6389656007780677) q[2],q[1];
rx(1.2829558356585427) q[1];
ry(1.5891482945333149) q[0];
