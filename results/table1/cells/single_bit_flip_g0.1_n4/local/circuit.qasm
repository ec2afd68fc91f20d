OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=87.007417, t_star=20.25661, qcrb=0.00056545114, t_star_at_grid_edge=False, qfi=1768.4994, n_genes=1, cfi=1762.4753, ccrb=0.00056738384
// ghz: best=86.839558, t_star=20.078585, qcrb=0.00057132083, t_star_at_grid_edge=False, qfi=1750.33, cfi=1743.6154, ccrb=0.00057352097
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(3.112075471658395) q[1];
creg c[4];
rz(-0.011141950204853408) q[0];
ry(-1.5708165760615367) q[0];
rz(-0.01112952832476403) q[1];
ry(-1.5707753665321604) q[1];
rz(-0.011148566733491218) q[2];
ry(-1.5707758198325237) q[2];
rz(-0.01111663423980685) q[3];
ry(-1.5708098346715895) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
