OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 7 genes, single task, dephasing noise, gamma=0.2, figure of merit per_time
// vqs: best=4.2410895, t_star=1.6929452, qcrb=0.13927708, qfi=7.1799321, n_genes=7
// ghz: best=3.6787944, t_star=0.62499999, qcrb=0.4349251, qfi=2.2992465
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(0.9583367349490883) q[2];
rx(2.3704465344771055) q[1];
ry(3.058947577623213) q[1];
ry(-2.020361825024146) q[1];
rx(0.9583432613896266) q[0];
rx(-1.3012417345001177) q[1];
rx(-0.9583362305119723) q[3];
