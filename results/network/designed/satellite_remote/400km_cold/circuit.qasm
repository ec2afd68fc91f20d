OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 6 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.950418, 0.950418, 0.950418] (one per sensor qubit)
// vqs: best=4.5716608, t_star=2.836362, qcrb=0.073656952, t_star_at_grid_edge=False, qfi=13.576451, n_genes=6, cfi=12.966885, ccrb=0.077119524
// ghz: best=4.0670965, t_star=1.6666667, qcrb=0.13682547, t_star_at_grid_edge=False, qfi=7.3085806, cfi=6.7784941, ccrb=0.14752539
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(0.4888639172263911) q[1];
crx(2.7788652254121233) q[2],q[0];
ry(0.4888639172263898) q[1];
ry(2.1639929283555484) q[1];
rx(-1.3894161791210213) q[0];
rx(-3.1413766646941426) q[1];
creg c[3];
rz(-0.028343268466039278) q[0];
ry(-1.5707828936146053) q[0];
rz(-1.7934027835839996) q[1];
ry(-1.5706564804702865) q[1];
rz(-1.4049379300301303) q[2];
ry(-1.570914543953537) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
