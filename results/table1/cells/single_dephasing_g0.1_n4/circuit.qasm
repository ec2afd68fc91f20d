OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 7 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.4821789, t_star=3.3858806, qcrb=0.034819372, qfi=28.719645, n_genes=7
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, qfi=9.1969859
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(-1.9554909594590546) q[1];
rx(-0.14174336808563082) q[2];
ry(2.1903904344398875) q[2];
rx(2.0681433070023854) q[1];
rx(2.0317823799806964) q[1];
rx(2.1832578467034036) q[0];
ry(-2.1832584173680036) q[3];
