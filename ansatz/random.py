"""Random genes from an explicit, seeded ``numpy.random.Generator``."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from ansatz.circuit import CircuitError, Gene
from ansatz.gates import GATES, TWO_QUBIT_GATES


def random_gene(rng: np.random.Generator, n_qubits: int, gates: Sequence[str] = GATES) -> Gene:
    """One gene: uniform gate type from ``gates``, uniform wires, angle uniform in [-pi, pi)."""
    usable = [g for g in gates if g not in TWO_QUBIT_GATES or n_qubits >= 2]
    if not usable:
        raise CircuitError(f"no gate in {list(gates)} fits {n_qubits} qubit(s)")
    gate = usable[int(rng.integers(len(usable)))]
    angle = float(rng.uniform(-math.pi, math.pi))
    if gate in TWO_QUBIT_GATES:
        control, target = (int(w) for w in rng.choice(n_qubits, size=2, replace=False))
        return Gene(gate, target, control, angle)
    return Gene(gate, int(rng.integers(n_qubits)), None, angle)


def random_genes(
    rng: np.random.Generator, n_qubits: int, count: int, gates: Sequence[str] = GATES
) -> list[Gene]:
    return [random_gene(rng, n_qubits, gates) for _ in range(count)]
