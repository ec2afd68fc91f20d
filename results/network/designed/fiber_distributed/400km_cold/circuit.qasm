OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 10 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// network (distributed): teleported over Werner links, out [0.563578, 0.563578, 0.563578], back [0.563578, 0.563578, 0.563578] (one per sensor qubit)
// vqs: best=0.55693172, t_star=4.99565, qcrb=0.35942315, t_star_at_grid_edge=False, qfi=2.7822359, n_genes=10
// ghz: best=0.017397043, t_star=1.6666668, qcrb=34.488618, t_star_at_grid_edge=False, qfi=0.028995073
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(3.1452346898940027) q[2],q[1];
ry(1.7936224754203414) q[0];
crx(3.106675623468904) q[0],q[2];
crx(0.038240775147336) q[2],q[1];
crx(0.39778388214871924) q[1],q[0];
rz(2.696758572054332) q[2];
rz(-2.5887320854527958) q[2];
rx(-2.345399324366033) q[0];
ry(-1.9856567803091605) q[2];
ry(-1.5762232944884988) q[1];
