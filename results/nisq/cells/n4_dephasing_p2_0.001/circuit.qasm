OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=zero, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=7.913644, t_star=2.7384394, qcrb=0.046144544, t_star_at_grid_edge=False, qfi=21.671034, n_genes=10
// ghz: best=7.3267333, t_star=1.25, qcrb=0.10918918, t_star_at_grid_edge=False, qfi=9.1584167
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
ry(1.1301273252879778) q[0];
ry(-2.044410919896215) q[2];
rx(-1.2317129051835431) q[2];
rx(2.971447501103656) q[3];
rx(2.6090010063937807) q[3];
ry(0.8030780730981926) q[3];
rz(-0.4229932487629915) q[0];
crx(-2.070784486199063) q[2],q[1];
crx(-3.315618962313579) q[2],q[3];
crx(2.714034764670503) q[1],q[0];
