OPENQASM 2.0;
include "qelib1.inc";
// probe circuit exported by vqs 0.1.0
// N=7, init=ghz, 17 genes, single task, amplitude_damping noise, gamma=0.1, figure of merit per_time
// vqs: best=40.588095, t_star=2.526275, qcrb=0.0097526066, t_star_at_grid_edge=False, qfi=102.53669, n_genes=17
// ghz: best=38.984926, t_star=1.8263512, qcrb=0.014044911, t_star_at_grid_edge=False, qfi=71.200164
// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)
gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; }
qreg q[7];
h q[0];
cx q[0],q[1];
cx q[0],q[2];
cx q[0],q[3];
cx q[0],q[4];
cx q[0],q[5];
cx q[0],q[6];
ry(0.030482134847614084) q[1];
ry(0.0003910239712809904) q[2];
ry(-0.04785482046236522) q[4];
ry(-0.05588084014243444) q[5];
ry(0.08290053443226553) q[6];
crx(-6.262574598165295e-05) q[0],q[1];
crx(-3.1404752120912103) q[2],q[3];
crx(0.006544418886367497) q[4],q[5];
crx(2.906184884413649) q[6],q[0];
ry(-0.030482263730504666) q[1];
ry(-0.7410548040091789) q[2];
ry(0.047855185272510425) q[4];
ry(0.05588142997793666) q[5];
ry(-0.7467778708406119) q[6];
crx(3.140436234535129) q[2],q[3];
crx(-0.006529229276563959) q[4],q[5];
crx(-2.8989640135236083) q[6],q[0];
