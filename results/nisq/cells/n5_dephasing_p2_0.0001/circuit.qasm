OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 11 genes, single task, dephasing noise, gamma=0.1, preparation noise p1=1e-05 p2=0.0001 (depolarizing after each gate), figure of merit per_time
// vqs: best=9.7471881, t_star=4.2171288, qcrb=0.024327853, t_star_at_grid_edge=False, qfi=41.105147, n_genes=11
// ghz: best=9.1919747, t_star=0.99999999, qcrb=0.10879055, t_star_at_grid_edge=False, qfi=9.1919747
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
rx(-1.7191682051511528) q[4];
ry(1.2101867902601198) q[0];
ry(2.161094742116477) q[3];
ry(-1.4143100436558138) q[4];
crx(-0.6938271932591311) q[0],q[2];
ry(-1.5564172592385437) q[2];
crx(1.9489688882764957) q[2],q[3];
ry(1.5714204581668572) q[1];
rz(2.9805774563038696) q[0];
crx(-2.213277048312456) q[4],q[0];
ry(2.934997763976) q[3];
