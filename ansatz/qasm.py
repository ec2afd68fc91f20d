"""A small OpenQASM 2.0 reader for the subset that vqs writes.

Accepted statements: ``OPENQASM 2.0;`` (first), ``include "qelib1.inc";``, one ``qreg``,
any ``creg`` (ignored), the gates ``h``, ``cx``, ``rx(θ)``, ``ry(θ)``, ``rz(θ)``, ``crx(θ)`` on
single register elements, and ``//`` comments. An angle is a decimal number or a simple
arithmetic expression with ``pi`` (``pi/2``, ``-0.5*pi``, ``2*(pi-1e-3)``); expressions are
parsed by a small recursive-descent parser, never evaluated as Python. Anything else raises
:class:`~ansatz.CircuitError` naming the line.

:func:`read_ops` gives PennyLane operations and the qubit count; :func:`circuit_from_qasm` gives
an :class:`~ansatz.Circuit`: init ``"ghz"`` when the program starts with the exact GHZ
preparation (``h q[0];`` then ``cx q[0],q[i];`` for i = 1..N-1), init ``"zero"`` otherwise, the
remaining rotations being the genes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from ansatz.circuit import Circuit, CircuitError, Gene

# gate name -> (number of angles, number of qubits)
QASM_GATES = {"h": (0, 1), "cx": (0, 2), "rx": (1, 1), "ry": (1, 1), "rz": (1, 1), "crx": (1, 2)}
_GENE_GATES = {"rx": "RX", "ry": "RY", "rz": "RZ", "crx": "CRX"}

_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
_VERSION_RE = re.compile(r"OPENQASM\s+(\S+)\Z")
_INCLUDE_RE = re.compile(r'include\s+"([^"]*)"\Z')
_REG_RE = re.compile(rf"(qreg|creg)\s+({_IDENT})\s*\[\s*(\d+)\s*\]\Z")
_GATE_RE = re.compile(rf"({_IDENT})\s*(?:\((.*)\))?\s*(.*)\Z", re.S)
_ARG_RE = re.compile(rf"({_IDENT})\s*\[\s*(\d+)\s*\]\Z")


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
    if not statements or _VERSION_RE.match(statements[0][1]) is None:
        line = statements[0][0] if statements else 1
        raise CircuitError(f"line {line}: an OpenQASM program must start with 'OPENQASM 2.0;'")
    qreg: tuple[str, int] | None = None
    cregs: set[str] = set()
    gates: list[QasmGate] = []
    for index, (line, stmt) in enumerate(statements):
        where = f"line {line}"
        version = _VERSION_RE.match(stmt)
        if version:
            if index:
                raise CircuitError(f"{where}: 'OPENQASM' must be the first statement")
            if version.group(1) not in ("2.0", "2"):
                raise CircuitError(f"{where}: only OpenQASM 2.0 is supported, got {version.group(1)}")
            continue
        include = _INCLUDE_RE.match(stmt)
        if include:
            if include.group(1) != "qelib1.inc":
                raise CircuitError(f"{where}: only 'include \"qelib1.inc\";' is supported")
            continue
        reg = _REG_RE.match(stmt)
        if reg:
            kind, name, size = reg.group(1), reg.group(2), int(reg.group(3))
            if kind == "creg":
                cregs.add(name)
                continue
            if qreg is not None:
                raise CircuitError(f"{where}: only one qreg is supported (already have {qreg[0]})")
            if name in cregs:
                raise CircuitError(f"{where}: register name {name!r} is already a creg")
            if size < 1:
                raise CircuitError(f"{where}: qreg {name} must have at least one qubit")
            qreg = (name, size)
            continue
        gates.append(_gate(stmt, where, line, qreg))
    if unfinished is not None:
        raise CircuitError(f"line {unfinished[0]}: statement {_short(unfinished[1])!r} lacks a ';'")
    if qreg is None:
        raise CircuitError("the program declares no qreg")
    return qreg[1], gates


def _gate(stmt: str, where: str, line: int, qreg: tuple[str, int] | None) -> QasmGate:
    match = _GATE_RE.match(stmt)
    name = match.group(1) if match else stmt.split()[0]
    if match is None or name not in QASM_GATES:
        raise CircuitError(f"{where}: unsupported statement {_short(stmt)!r}")
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
    and the unterminated text at the end (or None)."""
    out = []
    current: list[str] = []
    start = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        code = raw.split("//", 1)[0]
        if "/*" in code:
            raise CircuitError(f"line {lineno}: block comments are not supported")
        parts = code.split(";")
        for i, part in enumerate(parts):
            if part.strip() and start is None:
                start = lineno
            if part.strip():
                current.append(part.strip())
            if i < len(parts) - 1:  # a ';' ends the statement
                if start is None:
                    raise CircuitError(f"line {lineno}: empty statement")
                out.append((start, " ".join(current)))
                current, start = [], None
    return out, (None if start is None else (start, " ".join(current)))


def _short(stmt: str) -> str:
    return stmt if len(stmt) <= 60 else stmt[:57] + "..."


# --- angle expressions ---------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|(pi)\b|([-+*/()]))")


def parse_angle(text: str, where: str = "angle") -> float:
    """Value of a number / ``pi`` expression with ``+ - * /``, unary signs and parentheses."""
    tokens = _tokenize(text, where)
    parser = _ExprParser(tokens, text, where)
    value = parser.expr()
    if parser.pos != len(tokens):
        raise CircuitError(f"{where}: cannot parse angle {text.strip()!r}")
    if not math.isfinite(value):
        raise CircuitError(f"{where}: angle {text.strip()!r} is not finite")
    return value


def _tokenize(text: str, where: str) -> list[tuple[str, object]]:
    tokens: list[tuple[str, object]] = []
    pos, stripped = 0, text.rstrip()
    while pos < len(stripped):
        m = _TOKEN_RE.match(stripped, pos)
        if m is None or m.end() == pos:
            raise CircuitError(f"{where}: cannot parse angle {text.strip()!r}")
        number, pi, op = m.groups()
        if number is not None:
            tokens.append(("num", float(number)))
        elif pi is not None:
            tokens.append(("num", math.pi))
        else:
            tokens.append(("op", op))
        pos = m.end()
    return tokens


class _ExprParser:
    def __init__(self, tokens, text, where):
        self.tokens, self.text, self.where, self.pos = tokens, text, where, 0

    def _fail(self):
        raise CircuitError(f"{self.where}: cannot parse angle {self.text.strip()!r}")

    def _peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def expr(self) -> float:
        value = self.term()
        while self._peek() in (("op", "+"), ("op", "-")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self) -> float:
        value = self.unary()
        while self._peek() in (("op", "*"), ("op", "/")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise CircuitError(f"{self.where}: division by zero in angle {self.text.strip()!r}")
            else:
                value /= rhs
        return value

    def unary(self) -> float:
        if self._peek() in (("op", "+"), ("op", "-")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            value = self.unary()
            return -value if op == "-" else value
        return self.atom()

    def atom(self) -> float:
        kind, value = self._peek()
        if kind == "num":
            self.pos += 1
            return value
        if (kind, value) == ("op", "("):
            self.pos += 1
            inner = self.expr()
            if self._peek() != ("op", ")"):
                self._fail()
            self.pos += 1
            return inner
        self._fail()


# --- conversions ---------------------------------------------------------------------------


def read_ops(text: str) -> tuple[list, int]:
    """PennyLane operations of the program (not queued) and its number of qubits."""
    import pennylane as qml

    n_qubits, gates = parse_qasm(text)
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
    return Circuit(n_qubits, tuple(genes), init)


def load_qasm(path: str | Path) -> Circuit:
    """:func:`circuit_from_qasm` of a file; errors name the file."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as err:
        raise CircuitError(f"cannot read QASM file {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise CircuitError(f"{path}: not a text file") from None
    try:
        return circuit_from_qasm(text)
    except CircuitError as err:
        raise CircuitError(f"{path}: {err}") from None
