OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.4821789, t_star=3.3858881, qcrb=0.034819294, t_star_at_grid_edge=False, qfi=28.719709, n_genes=7
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(2.96607110445015) q[1];
ry(2.231525071964204) q[2];
rx(2.1832588164155897) q[3];
rx(-2.1832573222809586) q[0];
rx(-0.9473319222304308) q[1];
rz(-2.8294455846931132) q[2];
rx(-0.1368391845053596) q[2];
