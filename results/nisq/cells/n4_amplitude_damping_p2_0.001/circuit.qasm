OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 10 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0001 p2=0.001 (depolarizing after each gate), figure of merit per_time
// vqs: best=20.040208, t_star=4.5911019, qcrb=0.010868781, t_star_at_grid_edge=False, qfi=92.006637, n_genes=10
// ghz: best=22.080371, t_star=3.1564331, qcrb=0.014348188, t_star_at_grid_edge=False, qfi=69.695212
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
rx(-1.5995998853963591) q[3];
rx(-0.8509138255051782) q[2];
rz(1.5886796719635612) q[3];
ry(2.37014679871442) q[3];
ry(-0.7813743897810923) q[3];
rx(0.24401399801246404) q[1];
ry(-2.0076932178187796) q[2];
crx(2.58900824362278) q[2],q[1];
crx(-3.193606732019194) q[2],q[3];
ry(1.5470982232280113) q[0];
