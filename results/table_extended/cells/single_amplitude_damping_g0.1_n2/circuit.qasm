OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 5 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=9.955837, t_star=5.4185914, qcrb=0.018536845, t_star_at_grid_edge=False, qfi=53.946612, n_genes=5
// ghz: best=9.6923337, t_star=5.3536779, qcrb=0.019271673, t_star_at_grid_edge=False, qfi=51.889632
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(-0.8370700042941702) q[0],q[1];
rx(-1.4143511992103421) q[0];
crx(-1.727237853672355) q[1],q[0];
rx(3.141589036536737) q[1];
crx(-0.9551818498261286) q[1],q[0];
