OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 4 genes, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=16.889214, t_star=26.667664, qcrb=0.002220269, t_star_at_grid_edge=False, qfi=450.39588, n_genes=4
// ghz: best=16.865792, t_star=26.436154, qcrb=0.0022428228, t_star_at_grid_edge=False, qfi=445.86669
qreg q[2];
h q[0];
cx q[0],q[1];
rz(0.854247046075221) q[0];
rz(-0.7582326323832405) q[0];
rz(-1.5419392226898507) q[0];
rz(-1.7128734833995152) q[0];
