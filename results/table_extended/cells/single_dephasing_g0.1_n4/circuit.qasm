OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 14 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=8.4821789, t_star=3.3858835, qcrb=0.034819343, t_star_at_grid_edge=False, qfi=28.719669, n_genes=14
// ghz: best=7.3575888, t_star=1.25, qcrb=0.10873127, t_star_at_grid_edge=False, qfi=9.196986
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rx(-2.287288043316285) q[0];
ry(-1.0154878020568194) q[1];
rz(-0.9769054187786872) q[1];
rx(1.6555323347764537) q[0];
rz(2.002520182919862) q[2];
rz(-1.7725905440370007) q[2];
ry(0.9583331850853893) q[2];
rz(-0.5553491430911741) q[0];
rz(2.196452702642528) q[1];
rx(0.1556437138801079) q[0];
ry(0.20053970138174604) q[1];
rz(0.5961279709649041) q[3];
ry(-1.2452291055287823) q[0];
rx(-0.9583376447094523) q[3];
