OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 12 genes, single task, dephasing noise, gamma=0.1, figure of merit per_time
// vqs: best=10.55115, t_star=2.9036521, qcrb=0.03264041, t_star_at_grid_edge=False, qfi=30.63687, n_genes=12
// ghz: best=9.196986, t_star=0.99999994, qcrb=0.10873128, t_star_at_grid_edge=False, qfi=9.1969855
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(1.4847477401502829) q[0];
crx(4.607734696370831) q[0],q[1];
crx(-2.0121851218690137) q[0],q[2];
crx(2.0121851218689724) q[0],q[3];
ry(-0.015155308828167069) q[0];
ry(1.8898250981610714) q[0];
crx(3.013262150984897) q[0],q[1];
rx(-1.0946629403442132) q[4];
crx(-2.922313075088426) q[0],q[2];
crx(2.922313075088321) q[0],q[3];
crx(-2.9727523146604495) q[0],q[4];
ry(-0.7896333564673759) q[1];
