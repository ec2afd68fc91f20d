OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 3 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.003 p2=0.03 (depolarizing after each gate), figure of merit per_time
// vqs: best=15.634847, t_star=4.2172927, qcrb=0.015166055, t_star_at_grid_edge=False, qfi=65.936725, n_genes=3
// ghz: best=14.638107, t_star=3.9700615, qcrb=0.017207502, t_star_at_grid_edge=False, qfi=58.114186
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
ry(1.840015043255824) q[0];
crx(-3.141422414760112) q[0],q[2];
crx(3.141438192880895) q[0],q[1];
