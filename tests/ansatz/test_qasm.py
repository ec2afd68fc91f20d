import math

import numpy as np
import pytest

from ansatz import Circuit, CircuitError, Gene
from ansatz.io import load_circuit, load_qasm
from ansatz.pennylane_ops import to_ops
from ansatz.qasm import CRX_DEFINITION, circuit_from_qasm, parse_angle, parse_qasm, read_ops, to_qasm

from pl_helpers import state

HEAD = 'OPENQASM 2.0;\ninclude "qelib1.inc";\n'
HEAD3 = 'OPENQASM 3.0;\ninclude "stdgates.inc";\n'


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


def test_parse_angle_with_names():
    assert parse_angle("-theta/2 + pi", names={"theta": 1.0}) == -0.5 + math.pi
    with pytest.raises(CircuitError, match="cannot parse angle 'phi'"):
        parse_angle("phi", names={"theta": 1.0})


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
        ("OPENQASM 4.0;\nqreg q[1];\n", "only OpenQASM 2.0 and 3.0 are supported, got 4.0"),
        (HEAD + "qubit[2] q;\n", "line 3: qubit\\[...\\] declarations are OpenQASM 3.0"),
        (HEAD3.replace("stdgates", "qelib1"), 'only \'include "stdgates.inc";\' is supported in OpenQASM 3.0'),
        (HEAD3 + "qubit[2] q;\n" + CRX_DEFINITION + "\n", "line 4: gate definitions are not supported in OpenQASM 3.0"),
        (HEAD + "qreg q[1];\n}\n", "line 4: '}' without a matching '{'"),
        (HEAD + "qreg q[2];\ngate crx(a) c, t { u1(a) t;\n", "line 4: statement 'gate crx.* lacks a '}'"),
        (HEAD + "qreg q[2];\nmeasure q[0] -> c[0];\n", "line 4: measure: no classical bit c\\[0\\] declared"),
        (HEAD + "qreg q[2];\ncreg c[2];\nmeasure q[0] -> c[0];\nrx(0.1) q[1];\n",
         "line 6: gate 'rx' after a measurement \\(line 5\\)"),
        (HEAD + "qreg q[2];\ncreg c[2];\nmeasure q[0] -> c[0];\nmeasure q[0] -> c[1];\n",
         "line 6: qubit q\\[0\\] is measured twice"),
        (HEAD + "qreg q[2];\ncreg c[2];\nmeasure q[1] -> c[1];\n", "line 5: a readout measures every qubit once; "
         "not measured: q\\[0\\]"),
        (HEAD + "qreg q[2];\ncreg c[2];\nmeasure q[2] -> c[1];\n", "measure: no qubit q\\[2\\]"),
        (HEAD + "qreg q[2];\ncreg c[2];\nc[0] = measure q[0];\n", "line 5: unsupported statement 'c\\[0\\] = measure"),
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
        (HEAD + "qreg q[1];\ngate g a { h a; }\n", "line 4: only a definition of gate crx is supported, got gate 'g'"),
        (HEAD + "qreg q[1];\n/* x */\n", "block comments"),
    ],
)
def test_reader_errors_name_the_line(text, message):
    with pytest.raises(CircuitError, match=message):
        read_ops(text)


def test_qasm3_program_reads_like_qasm2():
    body = "h q[0];\ncx q[0], q[1];\ncrx(0.25) q[1], q[0];\nrz(-1) q[1];\n"
    c2 = circuit_from_qasm(HEAD + "qreg q[2];\n" + body)
    for text in (HEAD3 + "qubit[2] q;\nbit[2] c;\n" + body, HEAD3 + "qreg q[2];\n" + body,
                 "OPENQASM 3;\nqubit [2] q;\n" + body):
        assert circuit_from_qasm(text) == c2 == Circuit(
            2, (Gene("CRX", 0, 1, 0.25), Gene("RZ", 1, None, -1.0)), "ghz")


@pytest.mark.parametrize("version", [2, 3])
def test_writer_round_trip_and_layout(version):
    c = Circuit(3, (Gene("RX", 1, None, 0.1234567890123456789), Gene("CRX", 0, 2, -1e-17),
                    Gene("RY", 2, None, -2.0000000000000004), Gene("RZ", 0, None, 3.0)), "ghz")
    lines = to_qasm(c, version, ["one", "two\nlines"]).splitlines()
    include = "qelib1.inc" if version == 2 else "stdgates.inc"
    reg = "qreg q[3];" if version == 2 else "qubit[3] q;"
    assert lines[:4] == [f"OPENQASM {version}.0;", f'include "{include}";', "// one", "// two lines"]
    assert lines[-8:] == [reg, "h q[0];", "cx q[0],q[1];", "cx q[0],q[2];", "rx(0.12345678901234568) q[1];",
                          "crx(-1.0e-17) q[2],q[0];", "ry(-2.0000000000000004) q[2];", "rz(3.0) q[0];"]
    if version == 2:  # qelib1.inc has no crx: a comment and the definition
        assert lines[4].startswith("// crx is not in qelib1.inc") and lines[5:-8] == [CRX_DEFINITION]
    else:
        assert lines[4:-8] == []
    assert circuit_from_qasm("\n".join(lines)) == c


@pytest.mark.parametrize("version", [2, 3])
def test_a_readout_is_read_back(version):
    """The writer's readout block (rz(-phi), ry(-theta) per qubit, then measure) is the circuit's
    readout when read; the probe's genes are what precedes it."""
    c = Circuit(3, (Gene("RX", 1, None, 0.3), Gene("CRX", 0, 2, -1.25)), "ghz",
                readout=((0.1, -2.0), (math.pi / 2, 0.0), (3.0, 1e-17)))
    text = to_qasm(c, version, measure=c.readout)
    assert circuit_from_qasm(text) == c
    assert to_qasm(circuit_from_qasm(text), version, measure=c.readout) == text
    ops, n = read_ops(text)  # measurements are not operations
    assert n == 3 and [op.name for op in ops][-6:] == ["RZ", "RY"] * 3


@pytest.mark.parametrize("tail", [
    "creg c[2];\nmeasure q[0] -> c[0];\nmeasure q[1] -> c[1];\n",  # no readout rotations
    "creg c[2];\nry(0.1) q[0];\nrz(0.2) q[0];\nrz(0.3) q[1];\nry(0.4) q[1];\nmeasure q[0] -> c[0];\n"
    "measure q[1] -> c[1];\n",  # ry before rz on qubit 0
])
def test_a_measured_program_needs_the_writers_readout_block(tail):
    with pytest.raises(CircuitError, match="must end with its readout as vqs writes it"):
        circuit_from_qasm(HEAD + "qreg q[2];\nrx(0.5) q[0];\n" + tail)


def test_writer_defines_crx_only_when_used_and_checks_version():
    assert "gate crx" not in to_qasm(Circuit(2, (Gene("RX", 0, None, 0.5),), "zero"))
    assert to_qasm(Circuit(2, (), "zero")).splitlines()[-1] == "qreg q[2];"
    with pytest.raises(CircuitError, match="version must be 2 or 3"):
        to_qasm(Circuit(1), 4)


# --- the crx definition of a QASM 2.0 file -------------------------------------------------

def crx_file(definition):
    return HEAD + definition + "\nqreg q[2];\ncrx(0.4) q[1],q[0];\n"


def test_crx_definition_accepted_in_other_spellings():
    other = """gate crx(a) x,
        y {
      u1(pi/2) y; CX x, y; U(-a/2, 0, 0) y;   // same gate, builtins
      cx x,y;
      ry(a/2) y; u1(-pi/2) y; rx(0) x; u2(0, pi) x; u2(0, pi) x;
    }"""
    for definition in (CRX_DEFINITION, other):
        assert circuit_from_qasm(crx_file(definition)) == Circuit(2, (Gene("CRX", 0, 1, 0.4),), "zero")


@pytest.mark.parametrize(
    "definition, message",
    [
        # wrong sign of the angle, an extra phase on the controlled block, a phase on the control
        (CRX_DEFINITION.replace("u3(-theta/2", "u3(theta/2").replace("u3(theta/2, -pi/2", "u3(-theta/2, -pi/2"),
         "not the controlled RX gate"),
        (CRX_DEFINITION.replace(" }", " u1(0.3) c; }"), "not the controlled RX gate"),
        (CRX_DEFINITION.replace("u1(pi/2) t;", "u1(pi/2) t; u1(1e-9) c; u1(-1e-9) t;"), "not the controlled RX"),
        (CRX_DEFINITION.replace("u1(pi/2) t;", "rz(pi/2) t;"), "unsupported statement 'rz"),
        (CRX_DEFINITION.replace("u1(pi/2) t;", "h t;"), "unsupported statement 'h t'"),
        (CRX_DEFINITION.replace("(theta)", "(theta, phi)"), "one angle parameter"),
        (CRX_DEFINITION.replace("(theta)", ""), "one angle parameter"),
        (CRX_DEFINITION.replace("c, t {", "c {"), "two qubit arguments"),
        (CRX_DEFINITION.replace("u1(pi/2) t;", "u1(pi/2) z;"), "u1 must act on 1 of the arguments c, t, got 'z'"),
        (CRX_DEFINITION.replace("cx c, t;", "cx t, t;", 1), "cx must act on 2 of the arguments"),
        (CRX_DEFINITION.replace("u1(pi/2)", "u1(pi/2, 0)"), "u1 takes 1 angle"),
        (CRX_DEFINITION.replace("0) t; }", "0) t }"), "lacks a ';'"),
        (CRX_DEFINITION.replace("-theta/2", "-phi/2"), "cannot parse angle '-phi/2'"),
        (CRX_DEFINITION + "\n" + CRX_DEFINITION, "line 4: gate crx is already defined on line 3"),
        ("gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; cx c, t; u3(theta/2, -pi/2, 0) t; } x",
         "unsupported statement 'x qreg q\\[2\\]'"),
    ],
)
def test_crx_definition_refused(definition, message):
    pattern = message if message.startswith("line") else "line 3: .*" + message
    with pytest.raises(CircuitError, match=pattern):
        circuit_from_qasm(crx_file(definition))


def test_crx_defined_after_use_is_refused():
    with pytest.raises(CircuitError, match="line 5: gate crx is defined after its use on line 4"):
        circuit_from_qasm(HEAD + "qreg q[2];\ncrx(0.1) q[0],q[1];\n" + CRX_DEFINITION + "\n")


def test_load_qasm_names_the_file(tmp_path):
    path = tmp_path / "c.qasm"
    path.write_text(HEAD + "qreg q[1];\nh q[0];\nrx(0.5) q[0];\n")
    assert load_qasm(path) == Circuit(1, (Gene("RX", 0, None, 0.5),), "ghz")
    path.write_text(HEAD + "qreg q[1];\nx q[0];\n")
    with pytest.raises(CircuitError, match=r"c\.qasm: line 4: unsupported statement 'x q\[0\]'"):
        load_qasm(path)
    with pytest.raises(CircuitError, match="cannot read QASM file"):
        load_qasm(tmp_path / "missing.qasm")


def test_circuit_load_reads_json_and_qasm(tmp_path):
    c = Circuit(2, (Gene("CRX", 1, 0, 0.3),), "ghz")
    (tmp_path / "c.qasm").write_text(to_qasm(c))
    (tmp_path / "c.txt").write_text("\n// a comment first\n" + to_qasm(c, 3))
    (tmp_path / "c.json").write_text(c.to_json())
    for name in ("c.qasm", "c.txt", "c.json"):
        assert load_circuit(tmp_path / name) == c
    (tmp_path / "bad.qasm").write_text('{"n_qubits": 2}')
    with pytest.raises(CircuitError, match=r"bad\.qasm: line 1: an OpenQASM program must start"):
        load_circuit(tmp_path / "bad.qasm")
    (tmp_path / "latin1.qasm").write_bytes(b"OPENQASM 2.0;\n// \xe9\n")
    with pytest.raises(CircuitError, match=r"latin1\.qasm: not a UTF-8 text file"):
        load_circuit(tmp_path / "latin1.qasm")


def test_ansatz_does_not_import_vqs():
    import subprocess
    import sys

    code = "import sys, ansatz.qasm; assert not any(m == 'vqs' or m.startswith('vqs.') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)
