OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 3 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=3.8248204, t_star=4.582829, qcrb=0.056326116, t_star_at_grid_edge=False, qfi=17.753754, n_genes=3, cfi=17.528498, ccrb=0.057049955
// ghz: best=3.6787944, t_star=2.5, qcrb=0.082782422, t_star_at_grid_edge=False, qfi=12.079859, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
crx(3.561966641679327) q[1],q[0];
rz(2.889247448310906) q[1];
rx(1.3606127404384463) q[0];
creg c[2];
rz(-3.2332491881068295) q[0];
ry(-1.5707968389207676) q[0];
rz(-6.122495761586501) q[1];
ry(-1.5707962716825907) q[1];
measure q[0] -> c[0];
measure q[1] -> c[1];
