OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=63.32922, t_star=8.6293238, qcrb=0.0018298652, t_star_at_grid_edge=False, qfi=546.48835, n_genes=1
// ghz: best=63.227155, t_star=8.5458731, qcrb=0.0018507166, t_star_at_grid_edge=False, qfi=540.33124
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-0.034985943869055625) q[3];
