OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.4821789, t_star=3.385885, qcrb=0.034819327, t_star_at_grid_edge=False, qfi=28.719682, n_genes=7
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(0.6158211396300795) q[3];
rx(-2.1832568170802427) q[0];
ry(-2.8202365128834144) q[1];
ry(0.29547177688818405) q[2];
ry(1.8877847395694003) q[2];
rx(2.352170545930621) q[3];
rx(-0.9199011744606258) q[1];
