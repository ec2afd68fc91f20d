OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=7, init=zero, 17 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=46.618176, t_star=3.1474555, qcrb=0.0068153023, t_star_at_grid_edge=False, qfi=146.72863, n_genes=17
// ghz: best=38.984926, t_star=1.8263512, qcrb=0.014044911, t_star_at_grid_edge=False, qfi=71.200164
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[7];
rx(2.2340309397573908) q[4];
rx(1.1865597231674094) q[3];
rx(-1.2939656568323645) q[6];
crx(-1.012964637494609) q[3],q[4];
rx(-1.9293407197607082) q[5];
crx(-2.8274844741214222) q[5],q[3];
rx(2.5879313137827475) q[6];
rx(2.496636292376662) q[3];
rx(0.33634655239217714) q[3];
crx(-0.8205169610254505) q[3],q[4];
rx(2.2022387475048717) q[3];
rx(-1.2939656568324285) q[6];
crx(1.2460160908225129) q[5],q[4];
crx(3.141592653932039) q[4],q[1];
crx(-3.1415926536518874) q[5],q[2];
crx(3.1415926531916747) q[4],q[6];
crx(-3.141592653530958) q[2],q[0];
