import importlib.util
import json
from pathlib import Path

import numpy as np
import pennylane as qml
import pytest

from ansatz import Circuit, Gene, random_genes
from ansatz.io import load_circuit
from ansatz.pennylane_ops import to_ops
from ansatz.qasm import circuit_from_qasm, read_ops
from vqs import __version__
from vqs.cli import main
from vqs.report.export import export, load_source, to_json, to_pennylane, to_png, to_qasm

from pl_helpers import state

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

RESULT = {
    "task": "single", "noise": "dephasing", "gamma": 0.1, "n_qubits": 3,
    "figure_of_merit": "per_shot",
    "vqs": {"best": 123.456, "t_star": 1.25, "qfi": 150.0, "qcrb": 0.0081},
    "ghz": {"best": 101.5, "t_star": 1.6667, "qfi": 110.0, "qcrb": 0.0099},
}


def random_circuits():
    rng = np.random.default_rng(20240611)
    circuits = [Circuit(n, tuple(random_genes(rng, n, 10)), init)
                for n in (1, 2, 3, 4) for init in ("ghz", "zero")]
    circuits += [Circuit(2, (), "ghz"), Circuit(3, (), "zero"),
                 Circuit(2, (Gene("RX", 1, None, 1e-17), Gene("CRX", 0, 1, -3.141592653589793)), "zero")]
    return circuits


CIRCUITS = random_circuits()


def test_random_circuits_cover_every_gate_and_init():
    assert {g.gate for c in CIRCUITS for g in c.genes} == {"RX", "RY", "RZ", "CRX"}
    assert {c.init for c in CIRCUITS} == {"ghz", "zero"}


def assert_same_circuit(a: Circuit, b: Circuit):
    assert (a.n_qubits, a.init, len(a.genes)) == (b.n_qubits, b.init, len(b.genes))
    for x, y in zip(a.genes, b.genes):
        assert (x.gate, x.wires) == (y.gate, y.wires)
        assert abs(x.angle - y.angle) <= 1e-12


def test_state_check_detects_a_changed_angle():
    c = CIRCUITS[4]
    moved = c.with_angles([a + (1e-6 if i == 3 else 0.0) for i, a in enumerate(g.angle for g in c.genes)])
    assert np.max(np.abs(state(to_ops(c), c.n_qubits) - state(to_ops(moved), c.n_qubits))) > 1e-9


def qiskit_state(qc) -> np.ndarray:
    """Statevector of a qiskit circuit in PennyLane's wire order (qubit 0 most significant)."""
    from qiskit.quantum_info import Statevector

    return np.asarray(Statevector(qc).reverse_qargs().data)


def pennylane_qasm3_state(text: str, n: int) -> np.ndarray:
    """Statevector of an OpenQASM 3.0 program read by PennyLane's own reader (``qml.from_qasm3``).

    Its interpreter has the standard gates built in but refuses ``include`` statements, so the
    ``include "stdgates.inc";`` line is dropped; it names register qubits ``"q[i]"``.
    """
    lines = text.splitlines()
    assert lines[1] == 'include "stdgates.inc";'
    tape = qml.tape.make_qscript(qml.from_qasm3("\n".join(lines[:1] + lines[2:])))()
    wire_map = {f"q[{i}]": i for i in range(n)}
    return state([qml.map_wires(op, wire_map) for op in tape.operations], n)


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("circuit", CIRCUITS)
def test_qasm_round_trip(circuit, version):
    text = to_qasm(circuit, version=version)
    lines = text.splitlines()
    include = 'include "qelib1.inc";' if version == 2 else 'include "stdgates.inc";'
    assert lines[:2] == [f"OPENQASM {version}.0;", include]
    reg = f"qreg q[{circuit.n_qubits}];" if version == 2 else f"qubit[{circuit.n_qubits}] q;"
    assert reg in lines
    assert not any(line.startswith(("measure", "creg", "bit")) for line in lines)
    i = lines.index(reg)
    if circuit.init == "ghz":
        ghz = ["h q[0];"] + [f"cx q[0],q[{k}];" for k in range(1, circuit.n_qubits)]
        assert lines[i + 1: i + 1 + len(ghz)] == ghz
    else:
        assert "h q[0];" not in lines
    has_crx = any(g.gate == "CRX" for g in circuit.genes)
    assert any(line.startswith("gate crx(") for line in lines[:i]) == (version == 2 and has_crx)
    ops, n = read_ops(text)
    assert n == circuit.n_qubits
    np.testing.assert_allclose(state(ops, n), state(to_ops(circuit), n), rtol=0, atol=1e-12)
    back = circuit_from_qasm(text)
    assert_same_circuit(back, circuit)
    assert back == circuit  # full double precision: exact


@pytest.mark.parametrize("circuit", CIRCUITS)
def test_qasm2_loads_in_strict_qiskit_with_our_state(circuit):
    import qiskit.qasm2

    text = to_qasm(circuit, RESULT | {"n_qubits": circuit.n_qubits})
    ours = state(to_ops(circuit), circuit.n_qubits)
    for strict in (False, True):  # default settings (qelib1.inc without crx), and strict mode
        qc = qiskit.qasm2.loads(text, strict=strict)
        assert qc.num_qubits == circuit.n_qubits
        np.testing.assert_allclose(qiskit_state(qc), ours, rtol=0, atol=1e-10)


@pytest.mark.parametrize("circuit", CIRCUITS)
def test_qasm3_loads_in_qiskit_and_pennylane_with_our_state(circuit):
    import qiskit.qasm3  # qiskit.qasm3.loads needs the qiskit-qasm3-import package

    text = to_qasm(circuit, RESULT | {"n_qubits": circuit.n_qubits}, version=3)
    n = circuit.n_qubits
    ours = state(to_ops(circuit), n)
    np.testing.assert_allclose(qiskit_state(qiskit.qasm3.loads(text)), ours, rtol=0, atol=1e-10)
    np.testing.assert_allclose(pennylane_qasm3_state(text, n), ours, rtol=0, atol=1e-10)


def test_crx_definition_is_qiskits_controlled_rx():
    """The file's crx, as qiskit reads it from qelib1 gates, has exactly the CRX matrix."""
    import qiskit.qasm2
    from qiskit.quantum_info import Operator

    c = Circuit(2, (Gene("CRX", 1, 0, 0.9),), "zero")
    qc = qiskit.qasm2.loads(to_qasm(c), strict=True)
    assert qc.data[0].operation.name == "crx" and qc.data[0].operation.definition is not None
    matrix = Operator(qc).reverse_qargs().data
    np.testing.assert_allclose(matrix, qml.matrix(qml.CRX(0.9, wires=[0, 1])), rtol=0, atol=1e-14)


def test_state_checks_detect_a_wrong_file():
    """The qiskit and PennyLane checks above can fail: a changed angle moves both states."""
    import qiskit.qasm2

    c = Circuit(2, (Gene("CRX", 1, 0, 0.9),), "ghz")
    ours = state(to_ops(c), 2)
    text = to_qasm(c).replace("crx(0.9)", "crx(0.9000001)")
    assert np.max(np.abs(qiskit_state(qiskit.qasm2.loads(text)) - ours)) > 1e-8
    text3 = to_qasm(c, version=3).replace("crx(0.9)", "crx(0.9000001)")
    assert np.max(np.abs(pennylane_qasm3_state(text3, 2) - ours)) > 1e-8


def test_qasm_header_has_version_and_model():
    c = Circuit(3, (Gene("RX", 0, None, 0.3),), "ghz")
    text = to_qasm(c, RESULT)
    header = [line for line in text.splitlines() if line.startswith("//")]
    assert f"vqs {__version__}" in header[0]
    joined = "\n".join(header)
    for word in ("single task", "dephasing", "gamma=0.1", "per_shot", "best=123.456", "t_star=1.25"):
        assert word in joined
    assert circuit_from_qasm(text) == c


@pytest.mark.parametrize("circuit", CIRCUITS)
def test_json_round_trip(circuit):
    assert Circuit.from_json(to_json(circuit)) == circuit


@pytest.mark.parametrize("circuit", CIRCUITS)
def test_pennylane_file_exec_gives_same_state(circuit):
    namespace = {}
    exec(compile(to_pennylane(circuit, RESULT | {"n_qubits": circuit.n_qubits}), "probe.py", "exec"), namespace)
    n = namespace["N_QUBITS"]
    assert n == circuit.n_qubits and namespace["INIT"] == circuit.init

    @qml.qnode(qml.device("default.qubit", wires=n))
    def run():
        namespace["probe"]()
        return qml.state()

    np.testing.assert_allclose(np.asarray(run()), state(to_ops(circuit), n), rtol=0, atol=1e-12)


def test_pennylane_file_is_importable_and_documented(tmp_path):
    c = Circuit(3, (Gene("CRX", 2, 0, 0.7),), "ghz")
    weird = RESULT | {"noise": 'de"""phas\\ing'}
    path = tmp_path / "circuit_pennylane.py"
    path.write_text(to_pennylane(c, weird))
    spec = importlib.util.spec_from_file_location("circuit_pennylane", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.N_QUBITS == 3 and callable(module.probe)
    assert f"vqs {__version__}" in module.__doc__ and 'de"""phas\\ing noise' in module.__doc__
    assert "best=123.456" in module.__doc__
    tape = qml.tape.make_qscript(module.probe)()
    assert [op.name for op in tape.operations] == ["Hadamard", "CNOT", "CNOT", "CRX"]
    assert tape.operations[-1].wires.tolist() == [0, 2] and tape.operations[-1].data[0] == 0.7


@pytest.mark.parametrize("circuit", [CIRCUITS[5], Circuit(2, (), "zero")])
def test_png_is_a_png(circuit):
    data = to_png(circuit, RESULT | {"n_qubits": circuit.n_qubits})
    assert data.startswith(PNG_SIGNATURE) and len(data) > 2000


# --- CLI -----------------------------------------------------------------------------------

CIRCUIT = {"n_qubits": 3, "init": "ghz", "genes": [
    {"gate": "RX", "wires": [0], "angle": 0.3},
    {"gate": "ry", "wires": [1], "angle": -1.25},
    {"gate": "RZ", "wires": [2], "angle": 2.5e-3},
    {"gate": "CRX", "wires": [0, 2], "angle": 1.1},
]}


@pytest.fixture
def run_dir(tmp_path):
    d = tmp_path / "run"
    d.mkdir()
    (d / "circuit.json").write_text(json.dumps(CIRCUIT))
    (d / "result.json").write_text(json.dumps(RESULT))
    return d


def expected_state():
    c = Circuit.from_dict(CIRCUIT)
    return state(to_ops(c), 3)


@pytest.mark.parametrize("fmt, name", [("json", "circuit.json"), ("qasm", "circuit.qasm"),
                                       ("qasm3", "circuit_qasm3.qasm"),
                                       ("pennylane", "circuit_pennylane.py"), ("png", "circuit.png")])
def test_cli_each_format_default_output(run_dir, fmt, name, capsys):
    assert main(["export", str(run_dir), "--format", fmt]) == 0
    path = run_dir / name
    assert capsys.readouterr().out.strip() == str(path)
    assert not list(run_dir.glob(".*.tmp"))
    if fmt == "json":
        data = json.loads(path.read_text())
        assert data["genes"][1]["gate"] == "RY"  # normalised
        assert Circuit.from_dict(data) == Circuit.from_dict(CIRCUIT)
    elif fmt in ("qasm", "qasm3"):
        text = path.read_text()
        assert "dephasing" in text and f"OPENQASM {2 if fmt == 'qasm' else 3}.0;" in text
        ops, n = read_ops(text)
        np.testing.assert_allclose(state(ops, n), expected_state(), atol=1e-12)
    elif fmt == "pennylane":
        ns = {}
        exec(path.read_text(), ns)
        tape = qml.tape.make_qscript(ns["probe"])()
        np.testing.assert_allclose(state(tape.operations, ns["N_QUBITS"]), expected_state(), atol=1e-12)
    else:
        assert path.read_bytes().startswith(PNG_SIGNATURE)


def test_cli_output_file_folder_and_circuit_file(run_dir, tmp_path, capsys):
    out = tmp_path / "deep" / "probe.qasm"
    assert main(["export", str(run_dir), "--format", "qasm", "--output", str(out)]) == 0
    assert circuit_from_qasm(out.read_text()) == Circuit.from_dict(CIRCUIT)
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["export", str(run_dir), "--format", "png", "-o", str(folder)]) == 0
    assert (folder / "circuit.png").read_bytes().startswith(PNG_SIGNATURE)
    # a circuit file given directly: default output beside it, named after it, no result.json
    other = tmp_path / "best.json"
    other.write_text(json.dumps(CIRCUIT))
    assert main(["export", str(other), "--format", "qasm"]) == 0
    text = (tmp_path / "best.qasm").read_text()
    assert "dephasing" not in text and circuit_from_qasm(text) == Circuit.from_dict(CIRCUIT)
    # the run's circuit.json given directly still picks up its result.json
    assert load_source(run_dir / "circuit.json").result == RESULT
    capsys.readouterr()


def test_cli_reads_qasm_back(run_dir, tmp_path, capsys):
    """A QASM 2.0 or 3.0 file is an input like a circuit JSON file (qasm -> qasm3 -> json)."""
    assert main(["export", str(run_dir), "--format", "qasm"]) == 0
    assert main(["export", str(run_dir / "circuit.qasm"), "--format", "qasm3", "-o", str(tmp_path / "v3.qasm")]) == 0
    assert main(["export", str(tmp_path / "v3.qasm"), "--format", "json"]) == 0
    assert load_circuit(tmp_path / "v3.json") == Circuit.from_dict(CIRCUIT)
    assert "OPENQASM 3.0;" in (tmp_path / "v3.qasm").read_text()
    capsys.readouterr()
    # a QASM input is never overwritten by its own export
    assert main(["export", str(tmp_path / "v3.qasm"), "--format", "qasm"]) == 2
    one_line_error(capsys, "v3.qasm is the input file")
    assert "OPENQASM 3.0;" in (tmp_path / "v3.qasm").read_text()


def test_cli_unreadable_qasm_is_one_line(tmp_path, capsys):
    path = tmp_path / "bad.qasm"
    path.write_text('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nswap q[0],q[1];\n')
    assert main(["export", str(path), "--format", "json"]) == 2
    one_line_error(capsys, "bad.qasm: line 4: unsupported statement 'swap q[0],q[1]'")
    assert not (tmp_path / "bad.json").exists()


def test_export_function_returns_path(run_dir):
    assert export(run_dir, "pennylane") == run_dir / "circuit_pennylane.py"


def one_line_error(capsys, *words):
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vqs"), err
    for w in words:
        assert w in err, err


def test_cli_missing_run_dir(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nope"), "--format", "qasm"]) == 2
    one_line_error(capsys, "nope", "neither a run directory nor a circuit file")


def test_cli_run_dir_without_circuit(tmp_path, capsys):
    assert main(["export", str(tmp_path), "--format", "json"]) == 2
    one_line_error(capsys, "has no circuit.json")


def test_cli_unknown_format(run_dir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", str(run_dir), "--format", "svg"])
    assert exc.value.code == 2
    one_line_error(capsys, "invalid choice", "svg")


@pytest.mark.parametrize(
    "text, words",
    [
        ("{not json", ["not valid JSON"]),
        (json.dumps({"n_qubits": 2, "genes": [{"gate": "CRX", "wires": [1, 1], "angle": 0.1}]}),
         ["control and target"]),
        (json.dumps({"n_qubits": 2, "genes": [{"gate": "H", "wires": [0], "angle": 0.0}]}), ["unknown gate"]),
    ],
)
def test_cli_unreadable_circuit(run_dir, text, words, capsys):
    (run_dir / "circuit.json").write_text(text)
    assert main(["export", str(run_dir), "--format", "qasm"]) == 2
    one_line_error(capsys, "circuit.json", *words)
    assert not (run_dir / "circuit.qasm").exists()


def test_cli_bad_result_json(run_dir, capsys):
    (run_dir / "result.json").write_text("[1,")
    assert main(["export", str(run_dir), "--format", "qasm"]) == 2
    one_line_error(capsys, "result.json")
    (run_dir / "result.json").write_text(json.dumps(RESULT | {"n_qubits": 5}))
    assert main(["export", str(run_dir), "--format", "qasm"]) == 2
    one_line_error(capsys, "5 qubits")


SHIPPED = sorted((Path(__file__).resolve().parents[3] / "results").rglob("circuit.qasm"))


def test_shipped_circuits_are_found():
    assert len(SHIPPED) >= 48  # Table 1's cells, at least


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.parent.relative_to(p.parents[3])))
def test_every_shipped_qasm_loads_in_strict_qiskit_with_the_state_of_its_circuit_json(path):
    """The QASM files in results/ (tables, their cells' local-readout designs) are standard
    OpenQASM 2.0: strict qiskit reads each with the statevector of the circuit.json beside it (a
    local-readout design's file ends with its readout, rz(-phi) ry(-theta) and measure per qubit)."""
    import qiskit.qasm2

    circuit = load_circuit(path.with_name("circuit.json"))
    qc = qiskit.qasm2.loads(path.read_text(), strict=True)
    ops = to_ops(circuit)
    if circuit.readout:
        assert [i.operation.name for i in qc.data[-circuit.n_qubits:]] == ["measure"] * circuit.n_qubits
        qc.remove_final_measurements()
        for q, (theta, phi) in enumerate(circuit.readout):
            ops += [qml.RZ(-phi, wires=q), qml.RY(-theta, wires=q)]
    np.testing.assert_allclose(qiskit_state(qc), state(ops, circuit.n_qubits), rtol=0, atol=1e-10)
