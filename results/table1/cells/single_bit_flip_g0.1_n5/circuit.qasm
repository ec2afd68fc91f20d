OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 3 genes, single task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=113.61328, t_star=13.912315, qcrb=0.00063266165, qfi=1580.6237, n_genes=3
// ghz: best=83.831008, t_star=7.7636457, qcrb=0.0015364895, qfi=650.83424
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-1.2055535163667415) q[0];
rz(1.211302838545385) q[3];
rz(-0.0057618202589568845) q[4];
