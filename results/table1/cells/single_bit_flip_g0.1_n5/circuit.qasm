OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 2 genes, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=113.61315, t_star=13.922451, qcrb=0.00063220174, qfi=1581.7736, n_genes=2
// ghz: best=83.831008, t_star=7.7636457, qcrb=0.0015364895, qfi=650.83424
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-0.33850581856911965) q[0];
rz(0.33848332045199836) q[2];
