OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 3 genes, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=74.680043, t_star=14.240957, qcrb=0.000940278, qfi=1063.5153, n_genes=3
// ghz: best=52.779996, t_star=7.7803705, qcrb=0.0024351761, qfi=410.64793
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(1.2113039368688332) q[2];
rz(-0.005760721935505142) q[3];
rz(-1.2055524180432922) q[0];
