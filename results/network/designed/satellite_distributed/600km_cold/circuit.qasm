OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.948476, 0.948476, 0.948476], back [0.948476, 0.948476, 0.948476] (one per sensor qubit)
// vqs: best=4.7367746, t_star=4.326277, qcrb=0.048798105, t_star_at_grid_edge=False, qfi=20.492599, n_genes=12
// ghz: best=3.413092, t_star=1.6666667, qcrb=0.17579368, t_star_at_grid_edge=False, qfi=5.6884866
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(2.7937232434093255) q[2],q[1];
crx(3.4699265304525886) q[2],q[0];
ry(0.11596532478484933) q[1];
rx(-1.7293145845042017) q[0];
ry(1.0529168587863271) q[2];
ry(1.4495455453185517) q[1];
ry(-0.22558346581060107) q[1];
ry(1.7032731563709165) q[2];
crx(-0.8676259686230594) q[2],q[1];
crx(-1.6658276642607805) q[0],q[1];
crx(-0.9806608249015532) q[1],q[2];
ry(0.169047399710212) q[2];
