r"""The batched simulation kernel: circuits -> probe states -> noisy sensing -> QFI matrices.

Everything here is a pure JAX function of arrays; shapes are the only static information, so the
genetic search compiles once per (N, max genes, batch chunk, number of times) and then scores any
circuit structure. Public, validated entry points live in :mod:`vqs.physics.qfi`.

Stages (one module each, PennyLane ``devices/qubit_mixed`` style):

1. :mod:`vqs.physics.kernel.states`: statevector simulation of :class:`~vqs.physics.kernel.states.PackedCircuits`;
2. and 3. :mod:`vqs.physics.kernel.sensing`: the per-qubit channel and its derivatives for every time,
   and :math:`\rho`, :math:`\partial_a\rho` of every (probe, time);
4. :mod:`vqs.physics.kernel.qfim`: the QFI matrix (eigenvector-free derivative) and the QCRB; or, for
   the local-CFI figures, :mod:`vqs.physics.kernel.local_cfi`: the outcome distribution of a local
   readout (one Bloch direction per qubit, per circuit) and its classical Fisher matrix.

For the single task under a noise that commutes with the signal, :mod:`vqs.physics.kernel.covariant`
replaces stages 3 and 4 by cheaper exact forms (``path``, chosen before compiling by
:func:`~vqs.physics.kernel.covariant.kernel_path`): the derivative from a commutator, and under dephasing
a real Gram matrix (4x faster at N = 8, docs/scale.md); the search and the refinement's objective
use them, reported values the general path.

The model enters as one :class:`~vqs.physics.kernel.sensing.KernelModel` pytree.
"""

from __future__ import annotations

from functools import lru_cache

import jax
import jax.numpy as jnp

from vqs.names import Engine, Figure, Task
from vqs.physics.kernel.covariant import KernelPath, covariant_qfi, dephasing_qfi
from vqs.physics.kernel.local_cfi import cfim, local_distribution
from vqs.physics.kernel.prep_noise import probe_rho0
from vqs.physics.kernel.qfim import bound, qfim
from vqs.physics.kernel.sensing import KernelModel, sense, sensing_maps
from vqs.physics.kernel.states import PackedCircuits, circuit_states
from vqs.physics.types import EngineCapabilities

__all__ = ["CAPABILITIES", "KernelModel", "PackedCircuits", "circuit_figure", "neg_log_figure", "score_circuits",
           "score_circuits_local", "score_from_rho0", "score_local_from_rho0", "score_states"]


CAPABILITIES = EngineCapabilities(Engine.JAX, gradients=True, local_readout=True, pre_post=True, ancillas=True,
                                  holevo=True, per_node=True)
"""The batched kernel (the ``jax`` engine): differentiable in angles and log t (:func:`circuit_figure`),
local readouts (:func:`score_circuits_local`), maps before/after sensing, per-node channels and the local
field, any N memory allows."""

def score_from_rho0(rho0, model: KernelModel, times):
    """QFI matrices (B, T, P, P) and QCRBs (B, T) of initial states rho0 (B, d, d) at ``times`` (T,)."""
    s_k, ds_k = sensing_maps(model, times)
    rho, drho = sense(rho0, s_k, ds_k)
    f = qfim(rho, drho)
    return f, bound(f, model.weights, model.target)


def score_local_from_rho0(rho0, readouts, model: KernelModel, times):
    """CFI matrices (B, R, T, P, P) and Tr(W C^-1) (B, R, T; inf where C is singular) of R local
    readouts per state, ``readouts`` (B, R, N, 2) (theta, phi per qubit), of states rho0 (B, d, d)."""
    s_k, ds_k = sensing_maps(model, times)
    rho, drho = sense(rho0, s_k, ds_k)
    p, dp = local_distribution(rho[:, None], drho[:, None], readouts[:, :, None])
    c = cfim(p, dp)
    return c, bound(c, model.weights, model.target)


def score_circuits_raw(circuits: PackedCircuits, model: KernelModel, times, path: str = KernelPath.GENERAL):
    """:func:`score_from_rho0` of the probe states of padded circuits (B rows), by ``path``
    (:func:`vqs.physics.kernel.covariant.kernel_path` of the model: the same QFI, cheaper; the DEPHASING
    form to rounding of 4 t^2 <J_z^2>)."""
    if path == KernelPath.GENERAL:
        return score_from_rho0(probe_rho0(circuits, model), model, times)
    if path == KernelPath.COVARIANT or model.prep is not None:  # DEPHASING needs a pure probe
        f = covariant_qfi(probe_rho0(circuits, model), model, times)
    else:
        f = dephasing_qfi(circuit_states(circuits, model.n_wires), model, times)
    return f, bound(f, model.weights, model.target)


def score_circuits_local_raw(circuits: PackedCircuits, readouts, model: KernelModel, times):
    """:func:`score_local_from_rho0` of the probe states of padded circuits (B rows)."""
    return score_local_from_rho0(probe_rho0(circuits, model), readouts, model, times)


def circuit_figure(angles, log_t, circuit: PackedCircuits, model: KernelModel, *, task: str, figure: str,
                   readout=None, path: str = KernelPath.GENERAL):
    """Figure of merit of ONE padded circuit (gene arrays of shape (G,)) with ``angles`` at time exp(log_t).

    QFI (single task) or 1/QCRB (multi task, and the local field's 1/(w^T F^+ w));
    for the local-CFI figures the CFI, or 1/Tr(W C^-1), of
    the local ``readout`` (N, 2); divided by t for the per-time figures. Differentiable in the
    angles, log t and the readout (used by refinement and the search's local steps). ``path``:
    as for :func:`score_circuits_raw` (QFI figures only).
    """
    figure = Figure(figure)
    t = jnp.exp(log_t)
    circuits = circuit._replace(angle=angles).batch()
    if figure.local:
        f, q = score_circuits_local_raw(circuits, readout[None, None], model, t[None])
        f, q = f[:, 0], q[:, 0]
    else:
        f, q = score_circuits_raw(circuits, model, t[None], path)
    base = f[0, 0, 0, 0] if task == Task.SINGLE and model.target is None else 1.0 / q[0, 0]
    return base / t if figure.per_time else base


score_states = jax.jit(score_from_rho0)
@lru_cache(maxsize=32)
def neg_log_figure(task: str, figure: str, path: str = KernelPath.GENERAL):
    """Jitted ``f(params, circuit, model) -> (value, gradients)``: -log of :func:`circuit_figure`
    (floored at 1e-300) and its gradient w.r.t. ``params = (angles, log_t, readout)`` (readout None
    for the QFI figures). The objective of refinement and of the local-readout optimiser."""

    def loss(params, circuit, model):
        angles, log_t, readout = params
        value = circuit_figure(angles, log_t, circuit, model, task=task, figure=figure, readout=readout, path=path)
        return -jnp.log(jnp.maximum(value, 1e-300))

    return jax.jit(jax.value_and_grad(loss))


score_circuits = jax.jit(score_circuits_raw, static_argnames="path")
score_local_states = jax.jit(score_local_from_rho0)
score_circuits_local = jax.jit(score_circuits_local_raw)
