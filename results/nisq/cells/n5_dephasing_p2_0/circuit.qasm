OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=9.7502597, t_star=4.2170075, qcrb=0.024320889, t_star_at_grid_edge=False, qfi=41.116918, n_genes=11
// ghz: best=9.196986, t_star=0.99999994, qcrb=0.10873128, t_star_at_grid_edge=False, qfi=9.1969855
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
rx(-1.7191546571197887) q[4];
ry(1.2102375050060994) q[0];
ry(2.161100052982742) q[3];
ry(-1.4143362630163006) q[4];
crx(-0.7007361961950768) q[0],q[2];
ry(-1.5561103449884592) q[2];
crx(1.9493161251193627) q[2],q[3];
ry(1.5714172008996856) q[1];
rz(2.984011250802313) q[0];
crx(-2.2248828060733055) q[4],q[0];
ry(2.9350003184357085) q[3];
