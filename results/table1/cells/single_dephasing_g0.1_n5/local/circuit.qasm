OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 3 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=9.196986, t_star=1, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986, n_genes=3, cfi=9.196986, ccrb=0.10873127
// ghz: best=9.196986, t_star=1, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-1.656926015136688) q[0];
rz(-1.4041758026389777) q[0];
rz(0.8264936349716563) q[0];
creg c[5];
rz(-1.2240895703273134) q[0];
ry(-1.5707963263023081) q[0];
rz(-3.109421523738242) q[1];
ry(-1.5707963263582208) q[1];
rz(-5.283308786782515) q[2];
ry(-1.570796327514879) q[2];
rz(-1.7290235707278372) q[3];
ry(-1.5707963267666187) q[3];
rz(-0.6067153064711448) q[4];
ry(-1.5707963274749148) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
