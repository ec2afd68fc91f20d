OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.953782, 0.953782, 0.953782] (one per sensor qubit)
// vqs: best=4.6290427, t_star=2.8296878, qcrb=0.073055603, t_star_at_grid_edge=False, qfi=13.688204, n_genes=10, cfi=13.098746, ccrb=0.076343188
// ghz: best=4.1542515, t_star=1.6666667, qcrb=0.13464891, t_star_at_grid_edge=False, qfi=7.4267216, cfi=6.9237524, ccrb=0.14443035
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(1.7027126868804734) q[1];
ry(2.410328745597903) q[1];
ry(0.7351997344687495) q[1];
crx(2.6421820668059577) q[2],q[0];
rx(-0.000699824736944521) q[2];
rx(-1.387444417955535) q[0];
rx(2.422091374631882) q[1];
rx(2.4220913746318757) q[1];
crx(0.1321546261326375) q[1],q[0];
rz(2.5192590011304308) q[2];
creg c[3];
rz(-0.02838633425093484) q[0];
ry(-1.570890608986348) q[0];
rz(-2.9590283098386925) q[1];
ry(-1.5709389757237358) q[1];
rz(-2.7543772891202765) q[2];
ry(-1.5707305521898975) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
