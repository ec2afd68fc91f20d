"""The PennyLane reference: an independent, slow path the batched kernel is tested against.

The probe circuit runs on PennyLane's ``default.mixed`` device (its own gate matrices and GHZ
preparation from :mod:`ansatz.pennylane_ops`); the sensing channel of each qubit is applied as
``qml.QubitChannel`` with Kraus operators from the Choi matrix of the exact per-qubit channel
``expm(t L(theta))`` (scipy). The QFI uses the numpy SLD helper :func:`vqs.physics.sld.qfim`.

The derivative d rho / d theta_a is a 6th-order central finite difference of the simulated
states (steps +-h, +-2h, +-3h with h = 0.02 / (N max(t, 1))): its truncation error is ~1e-12
relative, far below the 1e-8 at which the tests compare. (The kernel itself uses exact
forward-mode differentiation; PennyLane's noise channels cannot be differentiated with
respect to parameters hidden inside a Lindblad exponential, which is why the reference
differences states rather than differentiating them.)
"""

from __future__ import annotations

import numpy as np
import pennylane as qml

from ansatz import Circuit
from ansatz.pennylane_ops import to_ops
from vqs.physics.model import SensingModel
from vqs.physics.noise import kraus_from_superop
from vqs.physics.sld import qfim

_FD_WEIGHTS = {1: 3 / 4, 2: -3 / 20, 3: 1 / 60}  # 6th-order central first derivative


def reference_state(circuit: Circuit, model: SensingModel, t: float, theta=None) -> np.ndarray:
    """rho(theta, t) of the probe after sensing, simulated by PennyLane default.mixed."""
    superop, _ = model.channel(t, theta)
    kraus = [np.asarray(k) for k in kraus_from_superop(superop)]
    dev = qml.device("default.mixed", wires=circuit.n_qubits)

    @qml.qnode(dev)
    def probe():
        for op in to_ops(circuit):
            qml.apply(op)
        for w in range(circuit.n_qubits):
            qml.QubitChannel(kraus, wires=w)
        return qml.density_matrix(wires=range(circuit.n_qubits))

    return np.asarray(probe())


def reference_qfim(circuit: Circuit, model: SensingModel, t: float) -> np.ndarray:
    """QFI matrix at the model's operating point (P x P)."""
    theta0 = np.asarray(model.operating_point, dtype=float)
    rho = reference_state(circuit, model, t)
    h = 0.02 / (model.n_qubits * max(t, 1.0))
    drho = []
    for a in range(model.n_params):
        e = np.zeros_like(theta0)
        e[a] = h
        d = sum(
            w * (reference_state(circuit, model, t, theta0 + k * e)
                 - reference_state(circuit, model, t, theta0 - k * e))
            for k, w in _FD_WEIGHTS.items()
        )
        drho.append(d / h)
    return qfim(rho, np.array(drho))
