"""Padded array form of a batch of circuits, consumed by the batched simulator.

Every circuit of a batch becomes one row of ``max_genes`` slots; unused slots hold the identity
(``PAD_CODE``), so circuits of any structure share one compiled kernel.

* ``kind``    int32 (B, G): 0 = identity pad, 1 = RX, 2 = RY, 3 = RZ, 4 = CRX
* ``control`` int32 (B, G): control wire, -1 for single-qubit gates and pads
* ``target``  int32 (B, G): target wire (0 for pads)
* ``angle``   float64 (B, G): rotation angle (0 for pads)
* ``ghz``     bool (B,): True when the circuit starts from the GHZ state, else |0...0>
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ansatz.circuit import Circuit, CircuitError

PAD_CODE = 0
GATE_CODES = {"RX": 1, "RY": 2, "RZ": 3, "CRX": 4}


@dataclass(frozen=True)
class CircuitArrays:
    n_qubits: int
    kind: np.ndarray
    control: np.ndarray
    target: np.ndarray
    angle: np.ndarray
    ghz: np.ndarray

    @property
    def batch_size(self) -> int:
        return int(self.kind.shape[0])

    @property
    def max_genes(self) -> int:
        return int(self.kind.shape[1])


def pack(circuits: Sequence[Circuit], max_genes: int | None = None) -> CircuitArrays:
    """Pack circuits of one qubit count into padded arrays of ``max_genes`` slots."""
    circuits = list(circuits)
    if not circuits:
        raise CircuitError("cannot pack an empty batch of circuits")
    n = circuits[0].n_qubits
    if any(c.n_qubits != n for c in circuits):
        raise CircuitError("all circuits of a batch must have the same number of qubits")
    longest = max(len(c.genes) for c in circuits)
    g = longest if max_genes is None else int(max_genes)
    if longest > g:
        raise CircuitError(f"a circuit has {longest} genes, more than max_genes={g}")
    g = max(g, 1)
    b = len(circuits)
    kind = np.zeros((b, g), np.int32)
    control = np.full((b, g), -1, np.int32)
    target = np.zeros((b, g), np.int32)
    angle = np.zeros((b, g), np.float64)
    ghz = np.array([c.init == "ghz" for c in circuits], bool)
    for i, c in enumerate(circuits):
        for j, gene in enumerate(c.genes):
            kind[i, j] = GATE_CODES[gene.gate]
            target[i, j] = gene.target
            control[i, j] = -1 if gene.control is None else gene.control
            angle[i, j] = gene.angle
    return CircuitArrays(n, kind, control, target, angle, ghz)
