OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=2, init=ghz, 8 genes, multi task, dephasing noise, gamma=0.2, figure of merit hcrb_per_time
// vqs: best=0.58354193, t_star=2.8904669, qcrb=0.59287062, t_star_at_grid_edge=False, n_genes=8, hcrb=0.59287062, hcrb_over_qcrb=1, commutativity=5.8051734e-14, hcrb_duality_gap=0
// ghz: best=0.51198635, t_star=3.0135941, qcrb=0.64812215, t_star_at_grid_edge=False, hcrb=0.64812215, hcrb_over_qcrb=1, commutativity=2.4986579e-16, hcrb_duality_gap=1.7129842e-16
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[2];
h q[0];
cx q[0],q[1];
ry(3.989822102923313e-06) q[0];
rz(-0.8052874260944884) q[1];
ry(3.989822102923313e-06) q[0];
ry(3.989822102923313e-06) q[0];
rx(1.2552379788921542e-06) q[1];
crx(5.616911958457628e-11) q[0],q[1];
ry(-1.1981961359097681e-05) q[0];
rz(-0.8205723610553659) q[1];
