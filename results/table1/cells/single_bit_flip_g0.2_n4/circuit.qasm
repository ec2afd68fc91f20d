OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=43.653648, t_star=10.057829, qcrb=0.0022775883, t_star_at_grid_edge=False, qfi=439.06092, n_genes=1
// ghz: best=43.587581, t_star=9.9652949, qcrb=0.0023022214, t_star_at_grid_edge=False, qfi=434.3631
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(3.1149545310020352) q[3];
