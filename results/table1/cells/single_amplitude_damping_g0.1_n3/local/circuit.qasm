OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 0 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=11.036383, t_star=3.3333333, qcrb=0.018900994, t_star_at_grid_edge=False, qfi=52.90727, n_genes=0, cfi=36.787944, ccrb=0.027182818
// ghz: best=11.036383, t_star=3.3333333, qcrb=0.018900994, t_star_at_grid_edge=False, qfi=52.90727, cfi=36.787944, ccrb=0.027182818
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
creg c[3];
rz(-6.056121277140226) q[0];
ry(-1.5707963271910856) q[0];
rz(-4.2007384121227425) q[1];
ry(-1.570796326400146) q[1];
rz(-3.9803072553435195) q[2];
ry(-1.5707963243268908) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
