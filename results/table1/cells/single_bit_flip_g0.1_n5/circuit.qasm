OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=126.65844, t_star=17.258651, qcrb=0.00045746621, t_star_at_grid_edge=False, qfi=2185.9538, n_genes=1
// ghz: best=126.45431, t_star=17.091746, qcrb=0.00046267915, t_star_at_grid_edge=False, qfi=2161.325
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(3.106606702690895) q[1];
