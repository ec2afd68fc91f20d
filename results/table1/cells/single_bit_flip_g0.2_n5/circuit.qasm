OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 3 genes, single task, bit_flip noise, gamma=0.2, figure of merit per_time
// vqs: best=56.806693, t_star=6.9499443, qcrb=0.0025329065, qfi=394.80335, n_genes=3
// ghz: best=41.915504, t_star=3.881823, qcrb=0.0061459578, qfi=162.70857
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(0.79314540259801) q[2];
rz(1.812997906231974) q[0];
rz(0.5354397252088954) q[2];
