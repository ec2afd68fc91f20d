OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 5 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit local_cfi_per_time
// vqs: best=7.6496407, t_star=9.1656214, qcrb=0.014081566, t_star_at_grid_edge=False, qfi=71.014831, n_genes=5, cfi=70.11371, ccrb=0.014262546
// ghz: best=7.3575888, t_star=5, qcrb=0.020695606, t_star_at_grid_edge=False, qfi=48.319437, cfi=36.787944, ccrb=0.027182818
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
rz(-3.141591127474129) q[1];
rx(1.7809901562165606) q[1];
crx(0.7565879082865429) q[1],q[0];
crx(2.8053967149489716) q[1],q[0];
rx(-3.141590382754256) q[1];
creg c[2];
rz(-0.09165931921430112) q[0];
ry(-1.5707933783415553) q[0];
rz(-0.09165729671630159) q[1];
ry(-1.5707965248760984) q[1];
measure q[0] -> c[0];
measure q[1] -> c[1];
