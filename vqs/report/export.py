"""Export of a probe circuit (a ``vqs run`` directory or a circuit JSON file) to other formats.

Formats: ``json`` (the validated, normalised circuit JSON), ``qasm`` (OpenQASM 2.0 with
``crx`` defined in the file from qelib1 gates, so strict parsers load it) and ``qasm3``
(OpenQASM 3.0, ``crx`` from ``stdgates.inc``), both written by :func:`ansatz.qasm.to_qasm` with
angles at full double precision and read back by :mod:`ansatz.qasm`; ``pennylane`` (an
importable Python file defining ``N_QUBITS`` and a quantum function ``probe()``), ``png`` (the
drawing of :mod:`vqs.report.circuit_png`: the gates, the sensing block with t*, no measurement).
The input is a run directory or a circuit file (JSON or OpenQASM).

Every file is written atomically (:mod:`vqs.io`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ansatz import Circuit
from ansatz.io import load_circuit
from vqs import __version__
from vqs.errors import VqsError
from vqs.io import atomic_write_bytes, atomic_write_text, check_output_dir, read_json
from vqs.report.circuit_png import to_png
from vqs.search.rundir import RunDir, summary_lines
from vqs.search.rundir import circuit_qasm as to_qasm

FORMATS = ("json", "qasm", "qasm3", "pennylane", "png")
SUFFIXES = {"json": ".json", "qasm": ".qasm", "qasm3": "_qasm3.qasm", "pennylane": "_pennylane.py",
            "png": ".png"}


@dataclass(frozen=True)
class RunSource:
    """What to export: the circuit, the run's ``result.json`` (if any) and where it came from."""

    circuit: Circuit
    result: dict | None
    circuit_path: Path

    def default_output(self, fmt: str) -> Path:
        """``<folder>/<stem><suffix>``: ``RUN_DIR/circuit.qasm`` for a run directory."""
        return self.circuit_path.with_name(self.circuit_path.stem + SUFFIXES[fmt])


def load_source(path: str | Path) -> RunSource:
    """Read a run directory (``circuit.json`` + optional ``result.json``) or a circuit file
    (JSON or OpenQASM 2.0/3.0, :func:`ansatz.io.load_circuit`).

    A circuit file named ``circuit.json`` is treated as its run directory's circuit, so a
    ``result.json`` beside it is used too.
    """
    path = Path(path)
    if path.is_dir():
        circuit_path = RunDir(path).circuit
        if not circuit_path.is_file():
            raise VqsError(RunDir(path).not_finished())
    elif path.is_file():
        circuit_path = path
    else:
        raise VqsError(f"{path} is neither a run directory nor a circuit file")
    circuit = load_circuit(circuit_path)
    result = None
    result_path = RunDir(circuit_path.parent).result
    if circuit_path.name == RunDir.CIRCUIT and result_path.is_file():
        result = _load_result(result_path, circuit)
    return RunSource(circuit, result, circuit_path)


def _load_result(path: Path, circuit: Circuit) -> dict:
    """result.json as a mapping: only its header lines are used, so any subset of
    :class:`~vqs.search.rundir.RunResult`'s keys is accepted."""
    result = read_json(path)
    if not isinstance(result, dict):
        raise VqsError(f"{path}: expected a JSON object")
    n = result.get("n_qubits")
    k = result.get("ancillas", 0)  # the sensors; the circuit's width includes the ancillas
    if isinstance(k, bool) or not isinstance(k, int):
        k = 0
    if isinstance(n, int) and not isinstance(n, bool) and n + k != circuit.n_qubits:
        anc = f" + {k} ancillas" if k else ""
        raise VqsError(f"{path} is for {n} qubits{anc} but the circuit has {circuit.n_qubits}")
    return result


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- formats -------------------------------------------------------------------------------


def to_json(circuit: Circuit) -> str:
    return circuit.to_json() + "\n"


def to_pennylane(circuit: Circuit, result: dict | None = None) -> str:
    """A Python module: docstring with the summary, ``N_QUBITS``, ``INIT`` and ``probe()``."""
    doc = [f"Probe circuit exported by vqs {__version__}.", ""]
    doc += [_one_line(s) for s in summary_lines(result, circuit)]
    doc += ["", "``probe()`` is a PennyLane quantum function: call it inside a QNode on",
            "``N_QUBITS`` wires (see the ``__main__`` block)."]
    doc_text = "\n".join(doc).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    body = []
    if circuit.init == "ghz":
        body.append("    # GHZ preparation")
        body.append("    qml.Hadamard(wires=0)")
        body += [f"    qml.CNOT(wires=[0, {i}])" for i in range(1, circuit.n_qubits)]
    if circuit.genes:
        body.append("    # genes")
    for gene in circuit.genes:
        wires = list(gene.wires)
        wires_src = f"[{wires[0]}, {wires[1]}]" if len(wires) == 2 else str(wires[0])
        body.append(f"    qml.{gene.gate}({float(gene.angle)!r}, wires={wires_src})")
    if not body:
        body.append("    pass  # |0...0>, no gates")
    return "\n".join([
        f'"""{doc_text}\n"""',
        "",
        "import pennylane as qml",
        "",
        f"N_QUBITS = {circuit.n_qubits}",
        f"INIT = {circuit.init!r}",
        "",
        "",
        "def probe():",
        '    """Apply the probe circuit (initial state preparation, then the genes)."""',
        *body,
        "",
        "",
        'if __name__ == "__main__":',
        '    dev = qml.device("default.qubit", wires=N_QUBITS)',
        "",
        "    @qml.qnode(dev)",
        "    def state():",
        "        probe()",
        "        return qml.state()",
        "",
        "    print(qml.draw(state)())",
        "    print(state())",
        "",
    ])


def render(source: RunSource, fmt: str) -> str | bytes:
    if fmt == "json":
        return to_json(source.circuit)
    if fmt == "qasm":
        return to_qasm(source.circuit, source.result)
    if fmt == "qasm3":
        return to_qasm(source.circuit, source.result, version=3)
    if fmt == "pennylane":
        return to_pennylane(source.circuit, source.result)
    if fmt == "png":
        return to_png(source.circuit, source.result)
    raise VqsError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


def export(path: str | Path, fmt: str, output: str | Path | None = None) -> Path:
    """Export the circuit of ``path`` (run directory or circuit file) as ``fmt``; return the file.

    ``output`` defaults to :meth:`RunSource.default_output`; an existing folder receives the
    default file name.
    """
    if fmt not in FORMATS:
        raise VqsError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
    source = load_source(path)
    default = source.default_output(fmt)
    out = default if output is None else Path(output)
    if out.is_dir():
        out = out / default.name
    check_output_dir(out.parent, "--output")
    if out.is_dir():
        raise VqsError(f"--output {out} is a folder")
    if fmt != "json" and out.resolve() == source.circuit_path.resolve():  # a QASM input file
        raise VqsError(f"{out} is the input file; give another --output")
    data = render(source, fmt)
    try:
        if isinstance(data, bytes):
            return atomic_write_bytes(out, data)
        return atomic_write_text(out, data)
    except OSError as err:
        raise VqsError(f"cannot write {out}: {err.strerror or err}") from None
