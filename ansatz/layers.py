"""Identity layers: genes that leave a probe's state unchanged until their angles move.

Refinement can widen a circuit found by the search with :func:`identity_layers` (RY on every
qubit, then a ring of CRX from each qubit to the next) at angle 0: the state, and so the figure of
merit, is exactly the circuit's, and gradient steps then use the new angles (docs/scale.md).
"""

from __future__ import annotations

from ansatz.circuit import CircuitError, Gene


def identity_layers(n_qubits: int, layers: int) -> tuple[Gene, ...]:
    """``layers`` x (RY(0) on qubits 0..N-1, then CRX(0) from q to q+1 mod N; no CRX for N = 1).

    Example:
        >>> [g.gate for g in identity_layers(2, 1)]
        ['RY', 'RY', 'CRX', 'CRX']
    """
    if not (isinstance(n_qubits, int) and n_qubits >= 1 and isinstance(layers, int) and layers >= 0):
        raise CircuitError(f"identity layers need n_qubits >= 1 and layers >= 0, got {n_qubits!r}, {layers!r}")
    ring = [] if n_qubits == 1 else [Gene("CRX", (q + 1) % n_qubits, q, 0.0) for q in range(n_qubits)]
    one = [Gene("RY", q, None, 0.0) for q in range(n_qubits)] + ring
    return tuple(one * layers)
