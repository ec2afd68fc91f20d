OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 5 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.001 p2=0.01 (depolarizing after each gate), figure of merit per_time
// vqs: best=28.999813, t_star=2.9104841, qcrb=0.011847851, t_star_at_grid_edge=False, qfi=84.403495, n_genes=5
// ghz: best=26.253128, t_star=2.5431922, qcrb=0.014977515, t_star_at_grid_edge=False, qfi=66.76675
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.922414061489099) q[0];
crx(3.1410015112375) q[0],q[3];
crx(-3.1410233426945875) q[0],q[4];
crx(-3.1421898232022776) q[0],q[2];
crx(3.1409377834998926) q[0],q[1];
