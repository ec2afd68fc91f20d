OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 3 genes, single task, amplitude_damping noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=9.196986, t_star=1, qcrb=0.074376277, t_star_at_grid_edge=False, qfi=13.445147, n_genes=3, cfi=9.196986, ccrb=0.10873127
// ghz: best=9.196986, t_star=1, qcrb=0.074376277, t_star_at_grid_edge=False, qfi=13.445147, cfi=9.196986, ccrb=0.10873127
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-2.523835975654206) q[2];
rz(0.7025145588792459) q[4];
rz(-2.715580287756894) q[4];
creg c[5];
rz(-2.790313447596334) q[0];
ry(-1.5707963271728007) q[0];
rz(-4.015439248770596) q[1];
ry(-1.5707963310838402) q[1];
rz(-0.08771363349319891) q[2];
ry(-1.5707963269676528) q[2];
rz(-6.0809121554624115) q[3];
ry(-1.5707963276789854) q[3];
rz(-3.0090720596987417) q[4];
ry(-1.5707963269399188) q[4];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
measure q[4] -> c[4];
