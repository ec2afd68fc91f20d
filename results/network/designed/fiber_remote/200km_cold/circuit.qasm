OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit local_cfi_per_time
// network (remote): teleported over Werner links, out [0.786799, 0.786799, 0.786799] (one per sensor qubit)
// vqs: best=3.5006822, t_star=4.7630829, qcrb=0.059680999, t_star_at_grid_edge=False, qfi=16.755752, n_genes=12, cfi=16.674039, ccrb=0.05997347
// ghz: best=1.3091223, t_star=1.6666667, qcrb=0.32737495, t_star_at_grid_edge=False, qfi=3.0546015, cfi=2.1818704, ccrb=0.45832236
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(2.2539823417735008) q[1];
rx(-2.8772496017344067) q[0];
ry(1.5268744822450095) q[0];
crx(2.945060679657501) q[2],q[1];
rz(3.0216264771432595) q[2];
ry(2.5472991525463886) q[2];
ry(-0.8085385140066434) q[1];
crx(0.00040394858403086116) q[0],q[2];
ry(-1.2335534455705341) q[2];
crx(2.910168154279912) q[2],q[0];
ry(2.560668581138156) q[1];
crx(0.2527315677539488) q[2],q[1];
creg c[3];
rz(-3.1889511042283503) q[0];
ry(-1.5769909747067137) q[0];
rz(-2.611123639631517) q[1];
ry(-1.572749043018614) q[1];
rz(-3.1834796209426615) q[2];
ry(-1.5616386004291065) q[2];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
