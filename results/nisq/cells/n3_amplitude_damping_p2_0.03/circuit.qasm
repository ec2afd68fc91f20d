OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=zero, 8 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=15.470469, t_star=4.2134534, qcrb=0.015341165, t_star_at_grid_edge=False, qfi=65.184099, n_genes=8
// ghz: best=14.638107, t_star=3.9700615, qcrb=0.017207502, t_star_at_grid_edge=False, qfi=58.114186
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
rx(-1.40357929678822) q[0];
ry(1.8460230294778661) q[1];
ry(2.395580132834354) q[2];
ry(-0.7559410556611592) q[2];
rx(1.412818571954249) q[0];
ry(-1.6379547299890322) q[2];
crx(-3.1072132092370186) q[1],q[0];
crx(-3.1162306574166982) q[1],q[2];
