OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=43.653648, t_star=10.057829, qcrb=0.0022775883, t_star_at_grid_edge=False, qfi=439.06091, n_genes=1
// ghz: best=43.587581, t_star=9.9652944, qcrb=0.0023022215, t_star_at_grid_edge=False, qfi=434.36308
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(3.11495456237458) q[1];
