r"""The batched simulation kernel: circuits -> probe states -> noisy sensing -> QFI matrices.

Everything here is a pure JAX function of arrays; shapes are the only static information, so the
genetic search compiles once per (N, max genes, batch chunk, number of times) and then scores any
circuit structure. Public, validated entry points live in :mod:`vqs.physics.qfi`.

Stages (one module each, PennyLane ``devices/qubit_mixed`` style):

1. :mod:`vqs.physics.states`: statevector simulation of :class:`~vqs.physics.states.PackedCircuits`;
2. and 3. :mod:`vqs.physics.sensing`: the per-qubit channel and its derivatives for every time,
   and :math:`\rho`, :math:`\partial_a\rho` of every (probe, time);
4. :mod:`vqs.physics.qfim`: the QFI matrix (eigenvector-free derivative) and the QCRB.

The model enters as one :class:`~vqs.physics.sensing.KernelModel` pytree.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp

from vqs.physics.qfim import qcrb, qfim
from vqs.physics.sensing import KernelModel, sense, sensing_maps
from vqs.physics.states import PackedCircuits, circuit_states

__all__ = ["KernelModel", "PackedCircuits", "circuit_figure", "score_circuits", "score_from_rho0", "score_states"]


def score_from_rho0(rho0, model: KernelModel, times):
    """QFI matrices (B, T, P, P) and QCRBs (B, T) of initial states rho0 (B, d, d) at ``times`` (T,)."""
    s_k, ds_k = sensing_maps(model, times)
    rho, drho = sense(rho0, s_k, ds_k)
    f = qfim(rho, drho)
    return f, qcrb(f, model.weights)


def score_circuits_raw(circuits: PackedCircuits, model: KernelModel, times):
    """:func:`score_from_rho0` of the probe states of padded circuits (B rows)."""
    psi = circuit_states(circuits, model.n_qubits)
    rho0 = psi[:, :, None] * jnp.conj(psi[:, None, :])
    return score_from_rho0(rho0, model, times)


def circuit_figure(angles, log_t, circuit: PackedCircuits, model: KernelModel, *, task: str, figure: str):
    """Figure of merit of ONE padded circuit (gene arrays of shape (G,)) with ``angles`` at time exp(log_t).

    QFI (single task) or 1/QCRB (multi task), divided by t for ``figure == "per_time"``;
    differentiable in the angles and log t (used by refinement and the search's local steps).
    """
    t = jnp.exp(log_t)
    f, q = score_circuits_raw(circuit._replace(angle=angles).batch(), model, t[None])
    base = f[0, 0, 0, 0] if task == "single" else 1.0 / q[0, 0]
    return base / t if figure == "per_time" else base


score_states = jax.jit(score_from_rho0)
score_circuits = jax.jit(score_circuits_raw)
