import math

import numpy as np
import pytest

from ansatz import Circuit, CircuitError, Gene
from ansatz.pennylane_ops import to_ops
from ansatz.qasm import circuit_from_qasm, load_qasm, parse_angle, parse_qasm, read_ops
from pl_helpers import state

HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n'


@pytest.mark.parametrize(
    "text, value",
    [
        ("0.25", 0.25),
        ("-1e-3", -1e-3),
        (".5", 0.5),
        ("3.", 3.0),
        ("1.5E+2", 150.0),
        ("pi", math.pi),
        ("pi/2", math.pi / 2),
        ("-0.5*pi", -0.5 * math.pi),
        ("-pi/4", -math.pi / 4),
        ("2*(pi - 1) / 3", 2 * (math.pi - 1) / 3),
        ("+ -pi", -math.pi),
        (" 1 - 2 - 3 ", -4.0),
        ("8/4/2", 1.0),
        ("0.12345678901234568", 0.12345678901234568),
    ],
)
def test_parse_angle(text, value):
    assert parse_angle(text) == value


@pytest.mark.parametrize("text", ["", "pi pi", "2**3", "x", "(1", "1)", "sin(1)", "__import__('os')",
                                  "1/0", "1e400", "1,2", "pi2"])
def test_parse_angle_rejects(text):
    with pytest.raises(CircuitError):
        parse_angle(text)


def test_ghz_program_gives_ghz_circuit_and_ops():
    text = HEAD + """// a comment
qreg q[3];
creg c[3];
h q[0];
cx q[0],q[1];   // trailing comment
cx q[0], q[2];
rx(pi/2) q[1];
crx(-0.5*pi) q[2],q[0];
ry(0.3) q[2]; rz(1e-3) q[0];
"""
    c = circuit_from_qasm(text)
    assert c == Circuit(3, (Gene("RX", 1, None, math.pi / 2), Gene("CRX", 0, 2, -0.5 * math.pi),
                            Gene("RY", 2, None, 0.3), Gene("RZ", 0, None, 1e-3)), "ghz")
    ops, n = read_ops(text)
    assert n == 3 and [op.name for op in ops] == ["Hadamard", "CNOT", "CNOT", "RX", "CRX", "RY", "RZ"]
    assert ops[4].wires.tolist() == [2, 0]
    np.testing.assert_allclose(state(ops, 3), state(to_ops(c), 3), atol=1e-12)


def test_zero_init_when_no_ghz_prefix():
    c = circuit_from_qasm(HEAD + "qreg r[2];\nrx(0.1) r[1];\ncrx(0.2) r[1],r[0];\n")
    assert c == Circuit(2, (Gene("RX", 1, None, 0.1), Gene("CRX", 0, 1, 0.2)), "zero")
    assert circuit_from_qasm(HEAD + "qreg q[4];") == Circuit(4, (), "zero")


def test_statement_split_over_lines_reports_its_first_line():
    n, gates = parse_qasm(HEAD + "qreg q[2];\nrx(\n0.5)\nq[1];\n")
    assert n == 2 and gates[0].line == 4 and gates[0].angle == 0.5 and gates[0].wires == (1,)


@pytest.mark.parametrize(
    "body, message",
    [
        ("qreg q[2];\nh q[0];\ncx q[0],q[1];\nh q[1];\n", "line 6: gate 'h' is not an ansatz gate"),
        ("qreg q[2];\ncx q[0],q[1];\n", "does not start with the GHZ preparation"),
        ("qreg q[3];\nh q[0];\ncx q[0],q[2];\ncx q[0],q[1];\n", "line 4: gate 'h'"),
    ],
)
def test_circuit_from_qasm_rejects_non_ansatz_gates(body, message):
    with pytest.raises(CircuitError, match=message):
        circuit_from_qasm(HEAD + body)


@pytest.mark.parametrize(
    "text, message",
    [
        ('include "qelib1.inc";\nqreg q[1];\n', "line 1: an OpenQASM program must start"),
        ("OPENQASM 3.0;\nqreg q[1];\n", "only OpenQASM 2.0"),
        (HEAD + "qreg q[2];\nmeasure q[0] -> c[0];\n", "line 4: unsupported statement 'measure"),
        (HEAD + "qreg q[2];\nbarrier q;\n", "line 4: unsupported statement 'barrier"),
        (HEAD + "qreg q[2];\nu3(0,0,0) q[0];\n", "line 4: unsupported statement 'u3"),
        (HEAD + "qreg q[2];\n\nrx(0.1) q[0];\nrx q[0];\n", "line 6: rx needs one angle"),
        (HEAD + "qreg q[2];\nrx(0.1, 0.2) q[0];\n", "rx takes one angle"),
        (HEAD + "qreg q[2];\nh(0.1) q[0];\n", "h takes no angle"),
        (HEAD + "qreg q[2];\nrx(0.1) q[2];\n", "line 4: rx: qubit q\\[2\\] out of range"),
        (HEAD + "qreg q[2];\nrx(0.1) p[0];\n", "unknown quantum register 'p'"),
        (HEAD + "qreg q[2];\nrx(0.1) q;\n", "expected a qubit like q\\[0\\]"),
        (HEAD + "qreg q[2];\ncx q[1],q[1];\n", "repeated qubit"),
        (HEAD + "qreg q[2];\ncrx(0.1) q[1];\n", "crx acts on 2 qubit"),
        (HEAD + "qreg q[2];\nrx(x) q[0];\n", "line 4: cannot parse angle 'x'"),
        (HEAD + "qreg q[2];\nrx(0.1) q[0]\n", "lacks a ';'"),
        (HEAD + "rx(0.1) q[0];\nqreg q[2];\n", "before any qreg"),
        (HEAD + "qreg q[2];\nqreg r[2];\n", "only one qreg"),
        (HEAD, "no qreg"),
        ('OPENQASM 2.0;\ninclude "other.inc";\nqreg q[1];\n', 'only \'include "qelib1.inc";\''),
        (HEAD + "qreg q[1];\nOPENQASM 2.0;\n", "must be the first statement"),
        (HEAD + "qreg q[1];\ngate g a { h a; }\n", "unsupported statement 'gate"),
        (HEAD + "qreg q[1];\n/* x */\n", "block comments"),
    ],
)
def test_reader_errors_name_the_line(text, message):
    with pytest.raises(CircuitError, match=message):
        read_ops(text)


def test_load_qasm_names_the_file(tmp_path):
    path = tmp_path / "c.qasm"
    path.write_text(HEAD + "qreg q[1];\nh q[0];\nrx(0.5) q[0];\n")
    assert load_qasm(path) == Circuit(1, (Gene("RX", 0, None, 0.5),), "ghz")
    path.write_text(HEAD + "qreg q[1];\nx q[0];\n")
    with pytest.raises(CircuitError, match=r"c\.qasm: line 4: unsupported statement 'x q\[0\]'"):
        load_qasm(path)
    with pytest.raises(CircuitError, match="cannot read QASM file"):
        load_qasm(tmp_path / "missing.qasm")


def test_ansatz_does_not_import_vqs():
    import subprocess
    import sys

    code = "import sys, ansatz.qasm; assert not any(m == 'vqs' or m.startswith('vqs.') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)
