"""OpenQASM 2.0 / 3.0 for probe circuits: the writer, and a small reader for the subset it writes.

Writer (:func:`to_qasm`): the GHZ preparation as standard gates (``h q[0];`` then
``cx q[0],q[i];``), then one ``rx``/``ry``/``rz``/``crx`` statement per gene, angles as the
shortest decimal text of the same double; optionally a readout (per-qubit ``rz``, ``ry``, then
``measure`` of every qubit). OpenQASM 2.0 includes ``qelib1.inc``, which has no
``crx``: when the circuit has a CRX gene the file defines it from qelib1 gates
(:data:`CRX_DEFINITION`, exactly the controlled RX, no phase on the controlled block), so strict
parsers (``qiskit.qasm2.load``) read it. OpenQASM 3.0 includes ``stdgates.inc``, which has ``crx``.

Reader. Accepted statements: ``OPENQASM 2.0;`` or ``OPENQASM 3.0;`` (first), the matching
``include "qelib1.inc";`` (2.0) or ``include "stdgates.inc";`` (3.0), one quantum register
(``qreg q[N];``, or ``qubit[N] q;`` in 3.0), any classical register (``creg``, ``bit[N]``;
ignored), the gates ``h``, ``cx``, ``rx(θ)``, ``ry(θ)``, ``rz(θ)``, ``crx(θ)`` on single register
elements, ``measure q[i] -> c[j];`` (2.0) or ``c[j] = measure q[i];`` (3.0) of every qubit once at
the end of the program (no gate after a measurement), ``//`` comments and, in 2.0 only, a
definition ``gate crx(θ) c, t { ... }`` whose body uses ``U``, ``CX``, ``u1``, ``u2``, ``u3``,
``cx``, ``rx``, ``ry`` on its two arguments (:mod:`ansatz.qasm_crx`: a body that is not exactly
the controlled RX is refused). A 2.0 file using ``crx`` without defining it (Qiskit's extended
``qelib1.inc``, and files vqs wrote before it defined crx) is read as the controlled RX too. An
angle is a decimal number or a simple arithmetic expression with ``pi`` (``pi/2``, ``-0.5*pi``,
``2*(pi-1e-3)``); expressions are parsed by a small recursive-descent parser, never evaluated as
Python (:mod:`ansatz.qasm_angle`). Anything else
raises :class:`~ansatz.CircuitError` naming the line.

:func:`read_ops` gives PennyLane operations and the qubit count; :func:`circuit_from_qasm` gives
an :class:`~ansatz.Circuit`: init ``"ghz"`` when the program starts with the exact GHZ
preparation (``h q[0];`` then ``cx q[0],q[i];`` for i = 1..N-1), init ``"zero"`` otherwise, the
remaining rotations being the genes. A measured program must end as the writer ends one, with the
readout ``rz(-phi) q[i]; ry(-theta) q[i];`` for i = 0..N-1 and then the measurements (the field
and the noise act between the genes and that block, so no other split is meaningful): it is read
as the circuit's ``readout``, (theta, phi) per qubit, and written back identically.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ansatz.circuit import Circuit, CircuitError, Gene
from ansatz.qasm_angle import GATE_RE, IDENT, angle_text, parse_angle, short_statement
from ansatz.qasm_crx import check_crx_definition

QASM_VERSIONS = (2, 3)
_INCLUDES = {2: "qelib1.inc", 3: "stdgates.inc"}
# crx from qelib1 gates: on control 1 the target gets u3(t/2,-pi/2,0) X u3(-t/2,0,0) X u1(pi/2)
# = Sdg RY(t) S = RX(t), on control 0 the identity; u1/u3/cx carry no global phase.
CRX_DEFINITION = ("gate crx(theta) c, t { u1(pi/2) t; cx c, t; u3(-theta/2, 0, 0) t; "
                  "cx c, t; u3(theta/2, -pi/2, 0) t; }")


# --- writer --------------------------------------------------------------------------------


def to_qasm(circuit: Circuit, version: int = 2, comments: Iterable[str] = (), measure=None) -> str:
    """The program of ``circuit`` in OpenQASM ``version`` (2 or 3), ``comments`` as ``//`` lines
    after the include (each on one line). ``measure``: optional Bloch directions (theta, phi) per
    qubit, read out by ``rz(-phi)``, ``ry(-theta)`` and ``measure`` into ``c`` (0 = along +n)."""
    if version not in QASM_VERSIONS:
        raise CircuitError(f"OpenQASM version must be 2 or 3, got {version!r}")
    lines = [f"OPENQASM {version}.0;", f'include "{_INCLUDES[version]}";']
    lines += [f"// {' '.join(str(c).split())}".rstrip() for c in comments]
    if version == 2 and any(g.gate == "CRX" for g in circuit.genes):
        lines.append("// crx is not in qelib1.inc: the controlled RX from qelib1 gates (exact, no phase)")
        lines.append(CRX_DEFINITION)
    n = circuit.n_qubits
    lines.append(f"qreg q[{n}];" if version == 2 else f"qubit[{n}] q;")
    if circuit.init == "ghz":
        lines.append("h q[0];")
        lines += [f"cx q[0],q[{i}];" for i in range(1, n)]
    for gene in circuit.genes:
        wires = ",".join(f"q[{w}]" for w in gene.wires)
        lines.append(f"{gene.gate.lower()}({angle_text(gene.angle)}) {wires};")
    if measure is not None:
        if len(measure) != n:
            raise CircuitError(f"a readout needs one (theta, phi) per qubit: {n}, got {len(measure)}")
        lines.append(f"creg c[{n}];" if version == 2 else f"bit[{n}] c;")
        for q, (theta, phi) in enumerate(measure):
            lines += [f"rz({angle_text(-phi)}) q[{q}];", f"ry({angle_text(-theta)}) q[{q}];"]
        lines += [f"measure q[{q}] -> c[{q}];" if version == 2 else f"c[{q}] = measure q[{q}];" for q in range(n)]
    return "\n".join(lines) + "\n"


# --- reader --------------------------------------------------------------------------------

# gate name -> (number of angles, number of qubits)
QASM_GATES = {"h": (0, 1), "cx": (0, 2), "rx": (1, 1), "ry": (1, 1), "rz": (1, 1), "crx": (1, 2)}
_GENE_GATES = {"rx": "RX", "ry": "RY", "rz": "RZ", "crx": "CRX"}

_IDENT = IDENT
_VERSION_RE = re.compile(r"OPENQASM\s+(\S+)\Z")
_INCLUDE_RE = re.compile(r'include\s+"([^"]*)"\Z')
_REG_RE = re.compile(rf"(qreg|creg)\s+({_IDENT})\s*\[\s*(\d+)\s*\]\Z")
_DECL_RE = re.compile(rf"(qubit|bit)\s*\[\s*(\d+)\s*\]\s*({_IDENT})\Z")
_GATE_RE = GATE_RE
_ELEMENT = rf"({_IDENT})\s*\[\s*(\d+)\s*\]"  # a register element: name, index
_ARG_RE = re.compile(rf"{_ELEMENT}\Z")
_MEASURE_RE = {2: re.compile(rf"measure\s+{_ELEMENT}\s*->\s*{_ELEMENT}\Z"),  # q, i, c, j
               3: re.compile(rf"{_ELEMENT}\s*=\s*measure\s+{_ELEMENT}\Z")}  # c, j, q, i


@dataclass(frozen=True)
class QasmGate:
    """One gate statement: lowercase QASM name, angle (None for h/cx), qubit indices, line."""

    name: str
    angle: float | None
    wires: tuple[int, ...]
    line: int


def parse_qasm(text: str) -> tuple[int, list[QasmGate]]:
    """Parse a program into its qubit count and gate statements (validated, in order)."""
    statements, unfinished = _statements(text)
    version = _version(statements)
    qreg: tuple[str, int] | None = None
    cregs: dict[str, int] = {}
    gates: list[QasmGate] = []
    measured: dict[int, int] = {}  # qubit -> line
    crx_defined = crx_used = None  # lines
    for line, stmt in statements[1:]:
        where = f"line {line}"
        if _VERSION_RE.match(stmt):
            raise CircuitError(f"{where}: 'OPENQASM' must be the first statement")
        include = _INCLUDE_RE.match(stmt)
        if include:
            if include.group(1) != _INCLUDES[version]:
                raise CircuitError(f"{where}: only 'include \"{_INCLUDES[version]}\";' is supported "
                                   f"in OpenQASM {version}.0")
            continue
        reg, decl = _REG_RE.match(stmt), _DECL_RE.match(stmt)
        if decl and version == 2:
            raise CircuitError(f"{where}: {decl.group(1)}[...] declarations are OpenQASM 3.0; "
                               "use qreg/creg in OpenQASM 2.0")
        if reg or decl:
            if reg:
                quantum, name, size = reg.group(1) == "qreg", reg.group(2), int(reg.group(3))
            else:
                quantum, name, size = decl.group(1) == "qubit", decl.group(3), int(decl.group(2))
            if not quantum:
                cregs[name] = size
                continue
            if qreg is not None:
                raise CircuitError(f"{where}: only one qreg is supported (already have {qreg[0]})")
            if name in cregs:
                raise CircuitError(f"{where}: register name {name!r} is already a creg")
            if size < 1:
                raise CircuitError(f"{where}: qreg {name} must have at least one qubit")
            qreg = (name, size)
            continue
        if re.match(r"gate\b", stmt):
            if version == 3:
                raise CircuitError(f"{where}: gate definitions are not supported in OpenQASM 3.0 "
                                   "(crx comes from stdgates.inc)")
            if crx_defined is not None:
                raise CircuitError(f"{where}: gate crx is already defined on line {crx_defined}")
            if crx_used is not None:
                raise CircuitError(f"{where}: gate crx is defined after its use on line {crx_used}")
            check_crx_definition(stmt, where)
            crx_defined = line
            continue
        measure = _MEASURE_RE[version].match(stmt)
        if measure is not None:
            gates.append(_measure(measure, version, where, line, qreg, cregs, measured))
            continue
        gate = _gate(stmt, where, line, qreg)
        if measured:
            raise CircuitError(f"{where}: gate {gate.name!r} after a measurement (line {min(measured.values())}): "
                               "a probe's readout ends the program")
        if gate.name == "crx" and crx_used is None:
            crx_used = line
        gates.append(gate)
    if unfinished is not None:
        end = "'}'" if unfinished[1].startswith("gate") and "{" in unfinished[1] else "';'"
        raise CircuitError(f"line {unfinished[0]}: statement {short_statement(unfinished[1])!r} lacks a {end}")
    if qreg is None:
        raise CircuitError("the program declares no qreg")
    if measured and len(measured) != qreg[1]:
        missing = ", ".join(f"{qreg[0]}[{q}]" for q in range(qreg[1]) if q not in measured)
        raise CircuitError(f"line {max(measured.values())}: a readout measures every qubit once; "
                           f"not measured: {missing}")
    return qreg[1], gates


def _measure(match, version: int, where: str, line: int, qreg, cregs: dict[str, int],
             measured: dict[int, int]) -> QasmGate:
    """One measurement statement, checked: a declared qubit measured once into a declared bit."""
    (q_name, q_idx, c_name, c_idx) = match.groups() if version == 2 else match.group(3, 4, 1, 2)
    q_idx, c_idx = int(q_idx), int(c_idx)
    if qreg is None:
        raise CircuitError(f"{where}: measure before any qreg declaration")
    if q_name != qreg[0] or q_idx >= qreg[1]:
        raise CircuitError(f"{where}: measure: no qubit {q_name}[{q_idx}] (the qreg is {qreg[0]}[{qreg[1]}])")
    if c_name not in cregs or c_idx >= cregs[c_name]:
        raise CircuitError(f"{where}: measure: no classical bit {c_name}[{c_idx}] declared")
    if q_idx in measured:
        raise CircuitError(f"{where}: qubit {q_name}[{q_idx}] is measured twice (first on line {measured[q_idx]})")
    measured[q_idx] = line
    return QasmGate("measure", None, (q_idx,), line)


def _version(statements: list[tuple[int, str]]) -> int:
    """The OpenQASM version (2 or 3) that the first statement declares."""
    if not statements or _VERSION_RE.match(statements[0][1]) is None:
        line = statements[0][0] if statements else 1
        raise CircuitError(f"line {line}: an OpenQASM program must start with 'OPENQASM 2.0;' "
                           "or 'OPENQASM 3.0;'")
    text = _VERSION_RE.match(statements[0][1]).group(1)
    version = {"2.0": 2, "2": 2, "3.0": 3, "3": 3}.get(text)
    if version is None:
        raise CircuitError(f"line {statements[0][0]}: only OpenQASM 2.0 and 3.0 are supported, got {text}")
    return version


def _gate(stmt: str, where: str, line: int, qreg: tuple[str, int] | None) -> QasmGate:
    match = _GATE_RE.match(stmt)
    name = match.group(1) if match else stmt.split()[0]
    if match is None or name not in QASM_GATES:
        raise CircuitError(f"{where}: unsupported statement {short_statement(stmt)!r}")
    n_angles, n_wires = QASM_GATES[name]
    params, args = match.group(2), match.group(3).strip()
    if qreg is None:
        raise CircuitError(f"{where}: gate {name!r} before any qreg declaration")
    angle = None
    if n_angles:
        if params is None or not params.strip():
            raise CircuitError(f"{where}: {name} needs one angle, e.g. {name}(0.5)")
        if "," in params:
            raise CircuitError(f"{where}: {name} takes one angle, got {params!r}")
        angle = parse_angle(params, where)
    elif params is not None:
        raise CircuitError(f"{where}: {name} takes no angle, got ({params})")
    wires = []
    for arg in args.split(",") if args else []:
        m = _ARG_RE.match(arg.strip())
        if m is None:
            raise CircuitError(f"{where}: {name}: expected a qubit like {qreg[0]}[0], got {arg.strip()!r}")
        reg, idx = m.group(1), int(m.group(2))
        if reg != qreg[0]:
            raise CircuitError(f"{where}: {name}: unknown quantum register {reg!r}")
        if idx >= qreg[1]:
            raise CircuitError(f"{where}: {name}: qubit {reg}[{idx}] out of range for qreg {reg}[{qreg[1]}]")
        wires.append(idx)
    if len(wires) != n_wires:
        raise CircuitError(f"{where}: {name} acts on {n_wires} qubit(s), got {len(wires)}")
    if len(set(wires)) != len(wires):
        raise CircuitError(f"{where}: {name}: repeated qubit {wires[0]}")
    return QasmGate(name, angle, tuple(wires), line)


def _statements(text: str) -> tuple[list[tuple[int, str]], tuple[int, str] | None]:
    """Split into ``(line of the statement's start, statement without ';')``, comments removed,
    and the unterminated text at the end (or None). A statement ends at a ``;`` outside braces
    or at the ``}`` closing a gate body (kept, with its ``;``-separated body)."""
    out = []
    current: list[str] = []
    start = None
    depth = 0
    for lineno, raw in enumerate(text.splitlines(), start=1):
        code = raw.split("//", 1)[0]
        if "/*" in code:
            raise CircuitError(f"line {lineno}: block comments are not supported")
        for ch in code:
            if start is None and not ch.isspace():
                if ch == ";":
                    raise CircuitError(f"line {lineno}: empty statement")
                start = lineno
            if ch == ";" and depth == 0:
                out.append((start, " ".join("".join(current).split())))
                current, start = [], None
                continue
            current.append(ch)
            if ch == "{":
                depth += 1
            elif ch == "}":
                if depth == 0:
                    raise CircuitError(f"line {lineno}: '}}' without a matching '{{'")
                depth -= 1
                if depth == 0:
                    out.append((start, " ".join("".join(current).split())))
                    current, start = [], None
        current.append(" ")
    return out, (None if start is None else (start, " ".join("".join(current).split())))


# --- conversions ---------------------------------------------------------------------------


def read_ops(text: str) -> tuple[list, int]:
    """PennyLane operations of the program (not queued; its measurements are not operations and
    are left out) and its number of qubits."""
    import pennylane as qml

    n_qubits, gates = parse_qasm(text)
    gates = [g for g in gates if g.name != "measure"]
    table = {"h": qml.Hadamard, "cx": qml.CNOT, "rx": qml.RX, "ry": qml.RY, "rz": qml.RZ,
             "crx": qml.CRX}
    ops = []
    with qml.QueuingManager.stop_recording():
        for g in gates:
            cls = table[g.name]
            wires = list(g.wires)
            ops.append(cls(wires=wires) if g.angle is None else cls(g.angle, wires=wires))
    return ops, n_qubits


def circuit_from_qasm(text: str) -> Circuit:
    """The :class:`Circuit` a program describes (GHZ preparation detected as ``init="ghz"``)."""
    n_qubits, gates = parse_qasm(text)
    readout = None
    if gates and gates[-1].name == "measure":
        gates, readout = _readout_block([g for g in gates if g.name != "measure"], n_qubits)
    ghz = [("h", (0,))] + [("cx", (0, i)) for i in range(1, n_qubits)]
    head = [(g.name, g.wires) for g in gates[: len(ghz)]]
    init = "ghz" if head == ghz else "zero"
    rest = gates[len(ghz):] if init == "ghz" else gates
    genes = []
    for g in rest:
        if g.name not in _GENE_GATES:
            context = "after the GHZ preparation" if init == "ghz" else (
                "and the program does not start with the GHZ preparation "
                "(h q[0]; cx q[0],q[i]; for i = 1..N-1)")
            raise CircuitError(
                f"line {g.line}: gate {g.name!r} is not an ansatz gate (rx, ry, rz, crx) {context}")
        if len(g.wires) == 2:
            genes.append(Gene(_GENE_GATES[g.name], g.wires[1], g.wires[0], g.angle))
        else:
            genes.append(Gene(_GENE_GATES[g.name], g.wires[0], None, g.angle))
    return Circuit(n_qubits, tuple(genes), init, readout)


def _readout_block(gates: list[QasmGate], n_qubits: int) -> tuple[list[QasmGate], tuple]:
    """Split the gates of a measured program into the probe's and its readout (theta, phi) per
    qubit: the last 2N gates must be ``rz(-phi) q[i]; ry(-theta) q[i];`` for i = 0..N-1."""
    block = gates[len(gates) - 2 * n_qubits:] if len(gates) >= 2 * n_qubits else []
    expected = [(name, (q,)) for q in range(n_qubits) for name in ("rz", "ry")]
    if [(g.name, g.wires) for g in block] != expected:
        line = gates[-1].line if gates else 1
        raise CircuitError(f"line {line}: a measured program must end with its readout as vqs writes it, "
                           "rz(-phi) q[i]; ry(-theta) q[i]; for i = 0..N-1, then measure every qubit "
                           "(the sensing acts between the probe and that readout)")
    readout = tuple((-block[2 * q + 1].angle, -block[2 * q].angle) for q in range(n_qubits))
    return gates[: len(gates) - 2 * n_qubits], readout
