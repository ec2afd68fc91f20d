OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=ghz, 24 genes, multi task, bit_flip noise, gamma=0.1, figure of merit per_time
// vqs: best=6.4109133, t_star=5.0246956, qcrb=0.031043476, t_star_at_grid_edge=False, n_genes=24
// ghz: best=4.8466645, t_star=4.5739545, qcrb=0.045109208, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
rz(-2.3094640924165466) q[2];
crx(0.8918274419770306) q[2],q[4];
crx(1.6179525239654329) q[3],q[0];
crx(3.4791922563491187) q[0],q[2];
rx(2.846314409294628) q[0];
crx(1.6538908072914278) q[3],q[0];
rx(1.4935174767099566) q[1];
crx(0.1059392091308516) q[3],q[1];
crx(0.9277862074234959) q[0],q[4];
crx(-1.035187416648425) q[2],q[3];
ry(-0.5882232482449501) q[4];
crx(-3.139120881488506) q[2],q[3];
crx(2.7555165262502874) q[4],q[2];
crx(0.9723935423140228) q[1],q[2];
crx(-1.2601643259490358) q[1],q[3];
crx(0.8538970694942208) q[3],q[4];
rx(-1.4969120256017916) q[3];
crx(-0.281062635200471) q[0],q[3];
crx(1.9080661328466382) q[0],q[3];
rx(0.8085866623929481) q[2];
crx(-1.988113366776175) q[2],q[3];
crx(-2.4249526550181018) q[1],q[0];
ry(-2.8507412646514894) q[0];
rx(1.0259646436440315) q[4];
