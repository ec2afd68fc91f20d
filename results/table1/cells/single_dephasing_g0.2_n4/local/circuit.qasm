OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 24 genes, single task, dephasing noise, gamma=0.2, figure of merit local_cfi_per_time
// vqs: best=3.715606, t_star=1.4672898, qcrb=0.17795529, t_star_at_grid_edge=False, qfi=5.6193889, n_genes=24, cfi=5.4518706, ccrb=0.18342328
// ghz: best=3.6787944, t_star=0.625, qcrb=0.43492509, t_star_at_grid_edge=False, qfi=2.2992465, cfi=2.2992465, ccrb=0.43492509
// readout: the local measurement designed with the probe; the field and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads the probe and its readout back from this file
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
rz(1.3270378215945406) q[2];
crx(3.5052608968098533) q[1],q[0];
crx(-2.547841491658484) q[2],q[3];
rz(-2.900469882220664) q[3];
rx(1.7469811418354055) q[3];
crx(-2.6567588594024922) q[2],q[1];
ry(-3.0519873021069834) q[0];
rz(-1.3251063315864495) q[3];
rz(1.8192493086020587) q[2];
rx(-3.1360891524883385) q[2];
crx(-3.472395632724735) q[3],q[1];
rz(-1.3251063315864464) q[3];
rz(2.344923832338644) q[2];
rx(0.31560305972462066) q[1];
crx(0.4627510589685859) q[2],q[1];
crx(-3.472395632724735) q[3],q[1];
rx(1.745326533192439) q[0];
rx(-3.1351013807591652) q[2];
rz(-1.5308141994457143) q[2];
crx(2.9053757800458997) q[0],q[1];
crx(0.6575974823196399) q[3],q[0];
rx(-0.4136149892138148) q[1];
ry(-2.8775577351085313) q[3];
rx(-0.24580453501662225) q[0];
creg c[4];
rz(-5.57562963250377) q[0];
ry(-1.5743159883210724) q[0];
rz(-5.561945842185725) q[1];
ry(-1.5753305089460596) q[1];
rz(-5.583309714140033) q[2];
ry(-1.5692489196783277) q[2];
rz(-2.735339894023079) q[3];
ry(-1.5653339226026088) q[3];
measure q[0] -> c[0];
measure q[1] -> c[1];
measure q[2] -> c[2];
measure q[3] -> c[3];
