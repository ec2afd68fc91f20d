"""Genes, circuits and the circuit JSON format.

JSON form (also the export format)::

    {"n_qubits": 3, "init": "ghz",
     "genes": [{"gate": "RX", "wires": [0], "angle": 0.3},
               {"gate": "CRX", "wires": [0, 2], "angle": 1.1}],
     "readout": [{"theta": 1.5708, "phi": 0.0}, ...]}

``wires`` is ``[target]`` for a single-qubit gate and ``[control, target]`` for CRX. The optional
``readout`` (one entry per qubit, in qubit order) is the local projective measurement designed with
the probe: qubit q is measured along the Bloch direction (theta_q, phi_q) after sensing (outcome 0 =
along +n); absent for a probe designed for its QFI. Reading validates everything and raises
:class:`CircuitError` with one clear message.
Reading circuit files (JSON or OpenQASM) is :func:`ansatz.io.load_circuit`: this module holds the
value types and imports no other form.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from ansatz.errors import VqsError
from ansatz.gates import GATES, INITIAL_STATES, TWO_QUBIT_GATES


class CircuitError(VqsError):
    """An invalid gene, circuit or circuit file (a :class:`vqs.VqsError`, defined in :mod:`ansatz.errors`)."""


@dataclass(frozen=True)
class Gene:
    """One gate: type, target qubit, control qubit (None for single-qubit gates), angle."""

    gate: str
    target: int
    control: int | None = None
    angle: float = 0.0

    @property
    def wires(self) -> tuple[int, ...]:
        return (self.target,) if self.control is None else (self.control, self.target)

    def validate(self, n_qubits: int) -> None:
        if self.gate not in GATES:
            raise CircuitError(f"unknown gate {self.gate!r}; known gates: {', '.join(GATES)}")
        wires = self.wires
        for w in wires:
            if isinstance(w, bool) or not isinstance(w, int):
                raise CircuitError(f"{self.gate}: wire {w!r} is not an integer")
            if not 0 <= w < n_qubits:
                raise CircuitError(f"{self.gate}: wire {w} out of range for {n_qubits} qubits")
        two = self.gate in TWO_QUBIT_GATES
        if two and self.control is None:
            raise CircuitError(f"{self.gate} needs a control and a target wire")
        if not two and self.control is not None:
            raise CircuitError(f"{self.gate} acts on one wire, got control {self.control}")
        if two and self.control == self.target:
            raise CircuitError(f"{self.gate}: control and target are both wire {self.target}")
        if isinstance(self.angle, bool) or not isinstance(self.angle, (int, float)):
            raise CircuitError(f"{self.gate}: angle {self.angle!r} is not a number")
        if not math.isfinite(self.angle):
            raise CircuitError(f"{self.gate}: angle must be finite, got {self.angle}")

    def to_dict(self) -> dict[str, Any]:
        return {"gate": self.gate, "wires": list(self.wires), "angle": float(self.angle)}

    @classmethod
    def from_dict(cls, data: Any, n_qubits: int) -> Gene:
        if not isinstance(data, dict):
            raise CircuitError(f"a gene must be an object, got {data!r}")
        unknown = set(data) - {"gate", "wires", "angle"}
        if unknown:
            raise CircuitError(f"unknown gene keys: {', '.join(sorted(unknown))}")
        for key in ("gate", "wires", "angle"):
            if key not in data:
                raise CircuitError(f"gene {data!r} is missing {key!r}")
        gate, wires, angle = data["gate"], data["wires"], data["angle"]
        if not isinstance(gate, str):
            raise CircuitError(f"gate name must be a string, got {gate!r}")
        gate = gate.upper()
        if gate not in GATES:
            raise CircuitError(f"unknown gate {data['gate']!r}; known gates: {', '.join(GATES)}")
        if not isinstance(wires, list):
            raise CircuitError(f"{gate}: wires must be a list, got {wires!r}")
        expected = 2 if gate in TWO_QUBIT_GATES else 1
        if len(wires) != expected:
            raise CircuitError(f"{gate} takes {expected} wire(s), got {wires}")
        if isinstance(angle, str):
            raise CircuitError(f"{gate}: angle {angle!r} is not a number")
        gene = (
            cls(gate, wires[1], wires[0], angle)
            if expected == 2
            else cls(gate, wires[0], None, angle)
        )
        gene.validate(n_qubits)
        return cls(gene.gate, gene.target, gene.control, float(gene.angle))


@dataclass(frozen=True)
class Circuit:
    """A probe circuit: ``init`` state on ``n_qubits`` wires followed by ``genes``.

    ``ancillas`` k: the last k wires are ancillas that do not sense (recorded in the JSON form as
    ``"ancillas"`` when k > 0); the first ``n_qubits - k`` are the sensors.
    """

    n_qubits: int
    genes: tuple[Gene, ...] = field(default_factory=tuple)
    init: str = "ghz"
    readout: tuple[tuple[float, float], ...] | None = None  # (theta, phi) per qubit
    ancillas: int = 0

    def __post_init__(self):
        object.__setattr__(self, "genes", tuple(self.genes))
        if self.readout is not None:
            object.__setattr__(self, "readout", _readout(self.readout, self.n_qubits))
        self.validate()

    def validate(self) -> None:
        if isinstance(self.n_qubits, bool) or not isinstance(self.n_qubits, int):
            raise CircuitError(f"n_qubits must be an integer, got {self.n_qubits!r}")
        if self.n_qubits < 1:
            raise CircuitError(f"n_qubits must be >= 1, got {self.n_qubits}")
        if self.init not in INITIAL_STATES:
            raise CircuitError(f"init must be one of {', '.join(INITIAL_STATES)}, got {self.init!r}")
        anc = self.ancillas
        if isinstance(anc, bool) or not isinstance(anc, int) or not 0 <= anc < self.n_qubits:
            raise CircuitError(f"ancillas must be an integer from 0 to n_qubits - 1 = {self.n_qubits - 1}, got {anc!r}")
        for gene in self.genes:
            if not isinstance(gene, Gene):
                raise CircuitError(f"genes must be Gene objects, got {gene!r}")
            gene.validate(self.n_qubits)

    def with_angles(self, angles) -> Circuit:
        angles = [float(a) for a in angles]
        if len(angles) != len(self.genes):
            raise CircuitError(f"{len(angles)} angles for {len(self.genes)} genes")
        genes = [Gene(g.gate, g.target, g.control, a) for g, a in zip(self.genes, angles)]
        return Circuit(self.n_qubits, tuple(genes), self.init, self.readout, self.ancillas)

    def with_readout(self, readout) -> Circuit:
        """The same probe with the readout ``readout`` ((theta, phi) per qubit; None: none)."""
        return Circuit(self.n_qubits, self.genes, self.init, readout, self.ancillas)

    def with_ancillas(self, ancillas: int) -> Circuit:
        """The same probe with its last ``ancillas`` wires marked as ancillas."""
        return Circuit(self.n_qubits, self.genes, self.init, self.readout, ancillas)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "n_qubits": self.n_qubits,
            **({"ancillas": self.ancillas} if self.ancillas else {}),
            "init": self.init,
            "genes": [g.to_dict() for g in self.genes],
        }
        if self.readout is not None:
            out["readout"] = [{"theta": t, "phi": p} for t, p in self.readout]
        return out

    @classmethod
    def from_dict(cls, data: Any) -> Circuit:
        if not isinstance(data, dict):
            raise CircuitError("a circuit must be a JSON object")
        unknown = set(data) - {"n_qubits", "ancillas", "init", "genes", "readout"}
        if unknown:
            raise CircuitError(f"unknown circuit keys: {', '.join(sorted(unknown))}")
        if "n_qubits" not in data:
            raise CircuitError("circuit is missing 'n_qubits'")
        n = data["n_qubits"]
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise CircuitError(f"n_qubits must be an integer >= 1, got {n!r}")
        init = data.get("init", "ghz")
        genes = data.get("genes", [])
        if not isinstance(genes, list):
            raise CircuitError("'genes' must be a list")
        parsed = []
        for i, g in enumerate(genes):
            try:
                parsed.append(Gene.from_dict(g, n))
            except CircuitError as err:
                raise CircuitError(f"gene {i}: {err}") from None
        readout = data.get("readout")
        if readout is not None:
            if not isinstance(readout, list) or not all(isinstance(r, dict) and set(r) == {"theta", "phi"}
                                                        for r in readout):
                raise CircuitError("'readout' must be a list of {\"theta\": ..., \"phi\": ...} objects, one per qubit")
            readout = [(r["theta"], r["phi"]) for r in readout]
        return cls(n, tuple(parsed), init, readout, data.get("ancillas", 0))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_json(cls, text: str) -> Circuit:
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as err:
            raise CircuitError(f"not valid JSON: {err}") from None
        return cls.from_dict(data)


def _readout(readout, n_qubits: int) -> tuple[tuple[float, float], ...]:
    """A readout as (theta, phi) float pairs, one per qubit, all finite."""
    try:
        pairs = [tuple(r) for r in readout]
    except TypeError:
        raise CircuitError(f"readout must be one (theta, phi) pair per qubit, got {readout!r}") from None
    if isinstance(n_qubits, int) and len(pairs) != n_qubits:
        raise CircuitError(f"readout needs one (theta, phi) per qubit: {n_qubits}, got {len(pairs)}")
    out = []
    for q, pair in enumerate(pairs):
        ok = len(pair) == 2 and all(not isinstance(a, bool) and isinstance(a, (int, float)) and math.isfinite(a)
                                    for a in pair)
        if not ok:
            raise CircuitError(f"readout of qubit {q} must be two finite numbers (theta, phi), got {pair!r}")
        out.append((float(pair[0]), float(pair[1])))
    return tuple(out)


def _reject_constant(name: str):
    raise CircuitError(f"angle must be finite, got {name}")
