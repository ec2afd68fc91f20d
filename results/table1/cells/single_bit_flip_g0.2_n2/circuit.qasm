OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 1 gene, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=10.608936, t_star=7.7728845, qcrb=0.012126793, qfi=82.462035, n_genes=1
// ghz: best=6.6467677, t_star=4.3529794, qcrb=0.03456232, qfi=28.933243
qreg q[2];
h q[0];
cx q[0],q[1];
rz(-7.357136430297118e-06) q[0];
