OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 5 genes, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=21.217765, t_star=15.57728, qcrb=0.0030255807, qfi=330.51506, n_genes=5
// ghz: best=13.293535, t_star=8.7059589, qcrb=0.0086405799, qfi=115.73297
qreg q[2];
h q[0];
cx q[0],q[1];
crx(1.5765396751765612) q[1],q[0];
crx(1.9379534193619325) q[1],q[0];
crx(-0.0002316605843907713) q[0],q[1];
crx(-0.610068874528525) q[1],q[0];
crx(-2.904292448785355) q[1],q[0];
