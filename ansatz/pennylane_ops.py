"""Conversion of a circuit to PennyLane operations (GHZ preparation first, then the genes)."""

from __future__ import annotations

import pennylane as qml

from ansatz.circuit import Circuit

_OPS = {"RX": qml.RX, "RY": qml.RY, "RZ": qml.RZ, "CRX": qml.CRX}


def ghz_ops(n_qubits: int) -> list:
    """H on qubit 0, then CNOT 0 -> i for i = 1..N-1 (the seed paper's initialisation)."""
    return [qml.Hadamard(0)] + [qml.CNOT(wires=[0, i]) for i in range(1, n_qubits)]


def to_ops(circuit: Circuit, angles=None) -> list:
    """PennyLane operations preparing the probe; ``angles`` overrides the gene angles (e.g. traced).

    The operations are built without being queued, so calling this inside a QNode records
    nothing by itself: apply them with ``qml.apply`` (or use :func:`qfunc`).
    """
    with qml.QueuingManager.stop_recording():
        ops = ghz_ops(circuit.n_qubits) if circuit.init == "ghz" else []
        for i, gene in enumerate(circuit.genes):
            angle = gene.angle if angles is None else angles[i]
            ops.append(_OPS[gene.gate](angle, wires=list(gene.wires)))
    return ops


def qfunc(circuit: Circuit):
    """A quantum function applying the probe circuit (for use inside a QNode)."""

    def apply():
        for op in to_ops(circuit):
            qml.apply(op)

    return apply
