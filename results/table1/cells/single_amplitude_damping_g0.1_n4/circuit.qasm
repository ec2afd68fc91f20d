OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 14 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=24.417962, t_star=3.5566811, qcrb=0.011514515, t_star_at_grid_edge=False, qfi=86.846904, n_genes=14
// ghz: best=22.182132, t_star=3.1577034, qcrb=0.014276619, t_star_at_grid_edge=False, qfi=70.044596
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-3.917695701183277e-06) q[2];
crx(-1.2326779125951983) q[2],q[0];
rz(3.141592534062143) q[3];
ry(-3.141582653154292) q[2];
crx(-3.1416319816474245) q[0],q[3];
ry(-3.1415670294209157) q[0];
crx(-3.141602140276288) q[3],q[2];
crx(3.1416762807967724) q[3],q[1];
crx(-3.1757891418174893) q[0],q[3];
ry(1.74736021185673e-05) q[2];
crx(-4.636357131055306) q[2],q[1];
rx(3.1415841081705516) q[1];
crx(-1.6468352536833843) q[0],q[1];
crx(1.082463256816127) q[1],q[3];
