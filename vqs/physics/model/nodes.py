r"""Per-node sensing: each sensor its own channel (heterogeneous nodes) and its own field (local parameters).

A :class:`~vqs.physics.model.sensing_model.SensingModel` is *uniform* when every sensor has the
same noise and rate and one field acts on all of them (``field="common"``, no ``nodes``): today's
model. Otherwise sensor k evolves under its own generator

.. math:: \mathcal L_k(\theta) = \mathcal D_k + \sum_a \theta_a\, c_{ak}\, \mathcal G_a,

with :math:`\mathcal D_k` the dissipator of node k's noise and rate, :math:`\mathcal G_a` the field
generators and :math:`c_{ak}` the parameter-to-wire coupling (P x n): ones on the sensors for the
common field; the identity for the local field (P = N parameters, :math:`\theta_i` enters only node
i through :math:`Z_i/2`). Ancilla wires have :math:`\mathcal D = 0` and no coupling: identity map,
zero derivative.

:func:`function_bound` is the target figure of the local field: the QCRB of :math:`q = w\cdot\theta`
with all other directions nuisance, :math:`w^T F^+ w`, and the identifiability rule (docs/model.md,
"Local parameters").
"""

from __future__ import annotations

import math

import numpy as np
import scipy.linalg

from vqs import _checks
from vqs.errors import VqsError
from vqs.physics.model.noise import noise_dissipator

RANGE_TOL = 1e-6
"""w is in the range of F when the relative residual ||w - P w|| / ||w|| of its projection P onto
the eigenvectors kept by :data:`EIG_RTOL` is at most this (else: not identifiable)."""
EIG_RTOL = 1e-10
"""Eigenvalues of F at most this times the largest (or <= 1e-300) span F's numerical null space
(the QCRB's singularity test, :func:`vqs.physics.kernel.qfim.qcrb`)."""


def checked_nodes(nodes, n_qubits: int, noise, gamma: float) -> tuple[tuple[str, float], ...] | None:
    """``nodes`` as N (noise, gamma) pairs, each a mapping ``{noise, gamma}`` (missing keys: the
    model's ``noise``/``gamma``) or a pair; None stays None (every node as the model)."""
    if nodes is None:
        return None
    try:
        items = list(nodes)
    except TypeError:
        raise VqsError("nodes must be a list of {noise, gamma}, one per sensor qubit") from None
    if len(items) != n_qubits:
        raise VqsError(f"nodes must list one {{noise, gamma}} per sensor qubit ({n_qubits}), got {len(items)}")
    out = []
    for item in items:
        if isinstance(item, dict):
            extra = set(item) - {"noise", "gamma"}
            if extra:
                raise VqsError(f"a node has keys noise and gamma only, got {sorted(extra)}")
            pair = (item.get("noise", noise), item.get("gamma", gamma))
        else:
            pair = tuple(item) if isinstance(item, (list, tuple)) else ()
            if len(pair) != 2:
                raise VqsError(f"a node is {{noise, gamma}} or a (noise, gamma) pair, got {item!r}")
        out.append((str(_checks.noise(pair[0])), _checks.gamma(pair[1])))
    return tuple(out)


def checked_function_weights(weights, n_qubits: int) -> tuple[float, ...]:
    """The target's weights w (N finite numbers, not all zero); None gives the average, w_i = 1/N."""
    if weights is None:
        return (1.0 / n_qubits,) * n_qubits
    try:
        w = tuple(float(x) for x in weights)
    except (TypeError, ValueError):
        raise VqsError(f"weights must be {n_qubits} finite numbers (one per sensor), got {weights!r}") from None
    if len(w) != n_qubits or not all(math.isfinite(x) for x in w) or not any(w):
        raise VqsError(f"weights must be {n_qubits} finite numbers (one per sensor), not all zero, got {weights!r}")
    return w


def node_dissipators(model) -> np.ndarray:
    """(n_wires, 4, 4) dissipator of every wire: node k's noise and rate, zero on the ancillas."""
    pairs = model.nodes or ((model.noise, model.gamma),) * model.n_qubits
    out = np.zeros((model.n_wires, 4, 4), dtype=complex)
    for k, (noise, gamma) in enumerate(pairs):
        out[k] = noise_dissipator(noise, gamma)
    return out


def couplings(model) -> np.ndarray:
    """(P, n_wires) coupling c_ak of parameter a to wire k: 1 on every sensor for the common field,
    the identity on the sensors for the local field, 0 on the ancillas."""
    sensed = model.sensed()
    if model.local_field:
        return np.eye(model.n_params, model.n_wires)
    return np.broadcast_to(sensed, (model.n_params, model.n_wires)).copy()


def node_channels(model, t: float, theta=None) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per sensor k: the exact channel S_k (4x4) and dS_k/dtheta_a (P, 4, 4) at time ``t`` (numpy,
    Van Loan's block exponential). A uniform model gives :meth:`SensingModel.channel` on every sensor."""
    if model.uniform:
        pair = model.channel(t, theta)
        return [pair] * model.n_qubits
    theta = np.asarray(model.operating_point if theta is None else theta, dtype=float)
    gens, diss, c = model.field_generators(), node_dissipators(model), couplings(model)
    out = []
    for k in range(model.n_qubits):
        lind = diss[k] + np.einsum("a,aij->ij", theta * c[:, k], gens)
        ds = np.zeros((gens.shape[0], 4, 4), dtype=complex)
        for a in np.flatnonzero(c[:, k]):
            block = np.zeros((8, 8), dtype=complex)
            block[:4, :4] = block[4:, 4:] = t * lind
            block[:4, 4:] = t * c[a, k] * gens[a]
            ds[a] = scipy.linalg.expm(block)[:4, 4:]
        out.append((scipy.linalg.expm(t * lind), ds))
    return out


def function_bound(f, w) -> tuple[np.ndarray, np.ndarray]:
    r"""The QCRB of :math:`q = w\cdot\theta` from QFI matrices ``f`` (..., P, P): :math:`w^T F^+ w`
    and whether w is in the range of F (numpy; the kernel's differentiable twin is
    :func:`vqs.physics.kernel.qfim.function_qcrb`).

    F's eigenvectors with eigenvalue above :data:`EIG_RTOL` times the largest span its numerical range;
    w is identifiable when the relative residual of its projection onto them is at most
    :data:`RANGE_TOL`, and then :math:`w^T F^+ w = \sum_i (u_i\cdot w)^2/\lambda_i` over the kept
    eigenvectors; otherwise the bound is ``inf`` (not identifiable, never a silent number).

    Example:
        >>> function_bound(np.diag([4.0, 1.0]), [0.5, 0.5])[0].round(6)  # 1/16 + 1/4
        np.float64(0.3125)
        >>> function_bound(np.diag([4.0, 0.0]), [0.5, 0.5])
        (np.float64(inf), np.False_)
    """
    f = np.asarray(f, dtype=float)
    w = np.asarray(w, dtype=float)
    lam, u = np.linalg.eigh(0.5 * (f + np.swapaxes(f, -1, -2)))
    keep = (lam > EIG_RTOL * np.abs(lam[..., -1:])) & (lam > 1e-300)
    proj = np.einsum("...ia,i->...a", u, w)  # components of w on the eigenvectors
    residual = np.sqrt(np.sum(np.where(keep, 0.0, proj**2), axis=-1)) / np.linalg.norm(w)
    ok = residual <= RANGE_TOL
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.sum(np.where(keep, proj**2 / np.where(keep, lam, 1.0), 0.0), axis=-1)
    return np.where(ok, value, np.inf), ok
