OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=63.32922, t_star=8.6293252, qcrb=0.0018298649, t_star_at_grid_edge=False, qfi=546.48844, n_genes=2
// ghz: best=63.227155, t_star=8.5458739, qcrb=0.0018507164, t_star_at_grid_edge=False, qfi=540.33129
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(0.5626635240234399) q[2];
rz(-0.5976490753105153) q[0];
