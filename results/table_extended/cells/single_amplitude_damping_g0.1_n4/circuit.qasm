OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=4, init=ghz, 20 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=24.416742, t_star=3.5571007, qcrb=0.011513732, t_star_at_grid_edge=False, qfi=86.852811, n_genes=20
// ghz: best=22.182132, t_star=3.1577036, qcrb=0.014276618, t_star_at_grid_edge=False, qfi=70.0446
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[4];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
ry(-3.1415877597145605) q[1];
crx(-3.2187987208164475) q[3],q[1];
rx(3.1373989767618493) q[1];
rz(-2.270220898924464) q[0];
crx(2.8224123061309996) q[0],q[2];
rx(1.8881510381595126) q[0];
crx(-3.0753004135758015) q[3],q[0];
crx(-3.1413485622137083) q[2],q[1];
rz(-0.8714058670283302) q[3];
crx(3.139142689670218) q[0],q[2];
rx(-1.5076645774270343) q[3];
crx(-2.491527422612195) q[1],q[0];
crx(-3.8852010973169704) q[3],q[1];
crx(3.0209192593129868) q[2],q[1];
crx(-3.275603362021348) q[2],q[3];
rx(-2.886454968331668) q[3];
rz(2.7814990975748746) q[1];
ry(-2.654441294221996) q[1];
crx(0.0025859247786106055) q[3],q[0];
rx(0.8934406782818227) q[1];
