OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=5, init=zero, 7 genes, single task, amplitude_damping noise, gamma=0.1, preparation noise p1=0.0003 p2=0.003 (depolarizing after each gate), figure of merit per_time
// vqs: best=22.750255, t_star=4.897064, qcrb=0.0089758987, t_star_at_grid_edge=False, qfi=111.40946, n_genes=7
// ghz: best=27.351929, t_star=2.5498556, qcrb=0.01433826, t_star_at_grid_edge=False, qfi=69.74347
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[5];
ry(2.223299595208638) q[3];
rx(-1.584855034534593) q[4];
ry(-0.6332743538917573) q[3];
rx(1.8077866987645441) q[0];
rx(-0.6256811818480683) q[2];
crx(-2.338450362768135) q[0],q[2];
crx(-3.206785130385284) q[2],q[1];
