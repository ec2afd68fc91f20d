OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, dephasing noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=3.018936, t_star=6.172875, qcrb=0.053648641, t_star_at_grid_edge=False, n_genes=16, hcrb=0.053660982, hcrb_over_qcrb=1.00023, commutativity=0.019481039, hcrb_duality_gap=1.2930986e-15
// ghz: best=2.0718329, t_star=3.1303336, qcrb=0.15418944, t_star_at_grid_edge=False, hcrb=0.15418945, hcrb_over_qcrb=1.0000001, commutativity=0.0011824598, hcrb_duality_gap=0
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rx(-1.4618899919675141) q[2];
rz(1.4259894960830248) q[2];
crx(-1.296382576119719) q[1],q[2];
crx(-4.321765231727328) q[2],q[1];
rz(1.0699737733150059) q[1];
ry(1.568231437252451) q[2];
rx(0.8589527603636213) q[1];
ry(-0.6233489789130813) q[1];
rz(-1.4602294231065671) q[0];
crx(-5.8558597009185585) q[0],q[1];
rx(2.153149539693051) q[2];
rz(-2.3883335202373948) q[2];
rx(-3.0538874130473426) q[0];
rx(1.1459014885111518) q[1];
rx(3.054408260314448) q[0];
ry(-1.5711597604826426) q[1];
