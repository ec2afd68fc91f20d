OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 11 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.786799, 0.786799, 0.786799] (one per sensor qubit)
// vqs: best=3.4795072, t_star=4.8128974, qcrb=0.059469086, t_star_at_grid_edge=False, qfi=16.815459, n_genes=11, cfi=16.746511, ccrb=0.05971393
// ghz: best=1.3091223, t_star=1.6666667, qcrb=0.32737495, t_star_at_grid_edge=False, qfi=3.0546015, cfi=2.1818704, ccrb=0.45832236
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
ry(-0.02038609808433689) q[1];
rx(-1.3738020621171212) q[0];
ry(2.863691563838735) q[0];
crx(2.715926379675419) q[2],q[0];
crx(0.21484264450258994) q[1],q[0];
ry(-1.598606891932157) q[2];
ry(-1.5986068919321619) q[2];
rx(1.7429111125246717) q[1];
crx(2.9033799099107993) q[2],q[1];
rx(-2.846588367499009) q[0];
ry(0.492195003197172) q[0];
creg c[3];
rz(-0.04827152502289043) q[0];
ry(-1.5703365244507206) q[0];
rz(-0.04810319652121979) q[1];
ry(-1.5739113613481277) q[1];
rz(-5.033733103992181) q[2];
ry(-1.5716539722886544) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
