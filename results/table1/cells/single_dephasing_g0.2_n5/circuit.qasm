OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 22 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=5.4478863, t_star=1.5986971, qcrb=0.11481689, t_star_at_grid_edge=False, qfi=8.7095202, n_genes=22
// ghz: best=4.598493, t_star=0.49999999, qcrb=0.4349251, t_star_at_grid_edge=False, qfi=2.2992465
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rx(0.737313213294045) q[2];
rz(-1.9509452930054434) q[0];
rz(2.8571717186699344) q[0];
rz(-1.3884787242501182) q[3];
ry(1.8083240067507411) q[2];
rx(0.7490133733342534) q[2];
ry(0.4731225469944391) q[3];
ry(0.47312254699442446) q[3];
rz(-3.0308422911069464) q[0];
rz(2.739901087716378) q[3];
ry(-2.994992247969036) q[0];
ry(0.8549467656138399) q[0];
rz(-0.8658018794428797) q[3];
crx(-2.522928480609722) q[0],q[1];
ry(-2.165608734231893) q[4];
rx(0.38923451962279554) q[0];
crx(-2.3216372598170762) q[3],q[1];
rx(-0.5221956221427444) q[0];
rx(-1.6423077444104723) q[1];
crx(-0.29426871655331077) q[4],q[1];
ry(2.8754220562315513) q[3];
crx(2.1402665242951517) q[0],q[1];
