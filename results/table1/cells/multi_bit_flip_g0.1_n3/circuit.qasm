OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, bit_flip noise, gamma=0.1, figure of merit hcrb_per_time
// vqs: best=3.0149732, t_star=6.1575746, qcrb=0.053852182, t_star_at_grid_edge=False, n_genes=16, hcrb=0.053865024, hcrb_over_qcrb=1.0002385, commutativity=0.027831183, hcrb_duality_gap=0
// ghz: best=2.27542, t_star=3.9892474, qcrb=0.1101636, t_star_at_grid_edge=False, hcrb=0.11016597, hcrb_over_qcrb=1.0000215, commutativity=0.0035465269, hcrb_duality_gap=5.0388656e-16
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
rz(1.0454607428668092) q[2];
rz(0.5773269216296701) q[1];
rx(1.4152249690326881) q[1];
ry(-0.9549127520965959) q[2];
rx(-0.2771470445483679) q[2];
rz(-3.1137733847155005) q[1];
rz(1.3671853344148879) q[0];
rx(3.107133685144884) q[0];
rx(1.81911068775198) q[1];
rz(1.4383014772272738) q[1];
ry(0.38035794633284903) q[2];
crx(1.070580517458139) q[1],q[2];
ry(-0.7714475482464715) q[1];
ry(2.6826994025814788) q[0];
rx(0.15903903085763904) q[2];
crx(-0.9030154726646553) q[0],q[2];
