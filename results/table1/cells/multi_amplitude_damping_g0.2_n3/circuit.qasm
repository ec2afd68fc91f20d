OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=3, init=ghz, 16 genes, multi task, amplitude_damping noise, gamma=0.2, figure of merit per_time
// vqs: best=1.9421423, t_star=7.8012519, qcrb=0.06600163, t_star_at_grid_edge=False, n_genes=16
// ghz: best=1.3753465, t_star=2.5632464, qcrb=0.28365962, t_star_at_grid_edge=False
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[3];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
crx(2.885325798073719) q[1],q[0];
crx(4.4532559069372954) q[0],q[1];
rx(2.9220423502328936) q[1];
ry(1.3043473629233784) q[0];
crx(0.9637272094722801) q[2],q[1];
crx(1.4879511533317813) q[2],q[0];
ry(2.040537994812814) q[2];
rz(-2.153499403509542) q[2];
ry(0.29568114434907145) q[0];
rz(-1.4078800122089998) q[2];
ry(-1.2381981718703754) q[1];
crx(3.7769905720741797) q[2],q[1];
rz(-0.021125113828613706) q[0];
ry(-1.8505641454255617) q[2];
crx(1.6267918322378752) q[1],q[0];
ry(-0.8285546970799045) q[0];
