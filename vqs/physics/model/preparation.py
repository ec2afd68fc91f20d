"""Preparation noise of the probe circuit: the depolarizing rates (p1, p2) after its gates.

``SensingModel.preparation_noise`` holds them (docs/model.md, "Preparation noise"): after every
one-qubit gate of the probe circuit (the GHZ preparation's H, each RX/RY/RZ gene) a depolarizing
channel of rate p1 on its qubit, after every two-qubit gate (the GHZ preparation's CNOTs, each CRX
gene) one of rate p2 on both its qubits; the channel is Qiskit's ``depolarizing_error(p, k)``,
rho -> (1 - p) rho + p Tr_Q(rho) ⊗ I/2^k. The kernel's stage is
:mod:`vqs.physics.kernel.prep_noise`.
"""

from __future__ import annotations

import math

from vqs import _checks
from vqs.errors import VqsError


def check_preparation_noise(value) -> tuple[float, float] | None:
    """The checked rates ``(p1, p2)``, each in [0, 1]; None, or both zero, means a noiseless
    preparation (None: the pure kernel path, bit for bit)."""
    if value is None:
        return None
    try:
        rates = tuple(value)
    except TypeError:
        rates = ()
    if len(rates) != 2 or not all(_checks.is_number(x) and math.isfinite(x) and 0 <= x <= 1 for x in rates):
        raise VqsError(f"preparation noise must be two rates p1, p2 in [0, 1] (one- and two-qubit gates), "
                       f"got {value!r}")
    rates = (float(rates[0]), float(rates[1]))
    return None if rates == (0.0, 0.0) else rates
