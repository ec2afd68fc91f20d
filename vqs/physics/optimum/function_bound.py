r"""The certificate for a function of local parameters: how well can *any* probe estimate q = w.theta?

For any probe (ancillas included) and any direction v, the QFI matrix F over the local parameters
obeys :math:`v^T F v = F_v`, the QFI of the single parameter :math:`\phi` with
:math:`\theta_i = \theta_{0,i} + v_i\phi` (node i's channel then depends on :math:`\phi` through
:math:`v_i Z_i/2`). With w in the range of F, :math:`1/(w^T F^+ w) = \min_{v: w\cdot v \ne 0}
F_v/(w\cdot v)^2`, so the QFI of q obeys, for every v,

.. math:: F_q = \frac{1}{w^T F^+ w} \le \frac{F_v}{(w\cdot v)^2} \le \frac{F^{CE}_v}{(w\cdot v)^2},

and the certificate is the smallest right-hand side over v.

**Channel-extension bound with a channel per node.** With node k's Kraus operators
:math:`K_k` and derivative :math:`\dot K_k` (the direction v scales it by :math:`v_k`), gauge
:math:`h_k`, :math:`a_k = \|\alpha_k\|`, :math:`b_k = \|\beta_k\|` (:mod:`vqs.physics.optimum.bounds`),
the product channel's Kraus family gives
:math:`\alpha = \sum_k \alpha_k + \sum_{k\ne l}\beta_k\otimes\beta_l` (each on its own node), so

.. math:: F_v \le 4\Big[\sum_k v_k^2 a_k + \Big(\sum_k |v_k| b_k\Big)^2 - \sum_k v_k^2 b_k^2\Big]
          = 4\,|v|^T M |v|, \quad M = \mathrm{diag}(a - b^2) + b b^T ;

for identical nodes and v = (1, ..., 1) this is the single-channel bound :math:`4[N a + N(N-1) b^2]`.
Each node's gauge is the one :func:`vqs.physics.optimum.bounds.ce_bound` finds for N copies of its
own channel (any gauge gives a valid bound). The best v has the signs of w, and
:math:`\max_{u\ge 0} (|w|\cdot u)^2 / (4 u^T M u)` is a convex problem (the minimum of
:math:`u^T M u` on :math:`|w|\cdot u = 1`, u >= 0; any feasible u gives a valid bound).

**Approached by the see-saw.** :func:`direction_optimum` runs the see-saw of
:mod:`vqs.physics.optimum.certificate` on the per-node channels of direction v: an achieved
:math:`\max_\psi F_v(\psi)`, so :math:`\min_v \max_\psi F_v/(w\cdot v)^2` (over the v of the
bound and of the best probe) is an estimate from above of the best :math:`F_q`.
:func:`function_optimum` estimates the best :math:`F_q` itself: optimisation over pure input states
(L-BFGS from many starts, the caller's probes among them): an estimate, labelled so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.optimize

from vqs.physics.kernel.sld import qfim
from vqs.physics.model.kraus import hermitian, kraus_and_derivative
from vqs.physics.model.nodes import function_bound
from vqs.physics.optimum.bounds import ce_bound
from vqs.physics.optimum.certificate import _seesaw, apply_channel_and_derivative, starting_states
from vqs.physics.timeopt import maximise_over_time


def _stacks(model, t: float):
    """Per-node channels S_k (N, 4, 4) and their derivatives in node k's own parameter (N, 4, 4)."""
    pairs = model.node_channels(t)
    return np.array([s for s, _ in pairs]), np.array([ds[k] for k, (_, ds) in enumerate(pairs)])


def node_norms(model, t: float) -> tuple[np.ndarray, np.ndarray]:
    """Per node (a_k, b_k) = (||alpha_k||, ||beta_k||) at the gauge found for N copies of its channel."""
    s, ds = _stacks(model, t)
    n = model.n_qubits
    a, b = np.zeros(n), np.zeros(n)
    for k in range(n):
        kraus, dkraus = kraus_and_derivative(s[k], ds[k])
        _, x = ce_bound(kraus, dkraus, n)
        dkh = dkraus - 1j * np.einsum("ij,jab->iab", hermitian(x, kraus.shape[0]), kraus)
        alpha = np.einsum("iba,ibc->ac", dkh.conj(), dkh)
        beta = 1j * np.einsum("iba,ibc->ac", dkh.conj(), kraus)
        a[k] = np.abs(np.linalg.eigvalsh(0.5 * (alpha + alpha.conj().T))).max()
        b[k] = np.abs(np.linalg.eigvalsh(0.5 * (beta + beta.conj().T))).max()
    return a, b


def direction_bound(a: np.ndarray, b: np.ndarray, v) -> float:
    """4 [sum v_k^2 a_k + (sum |v_k| b_k)^2 - sum v_k^2 b_k^2]: the CE bound on F_v."""
    u = np.abs(np.asarray(v, dtype=float))
    return float(4.0 * (np.sum(u * u * a) + np.sum(u * b) ** 2 - np.sum(u * u * b * b)))


@dataclass(frozen=True)
class FunctionBound:
    """The certified upper bound on the QFI of q = w.theta at one time, and the direction reaching it."""

    qfi: float  # min_v F^CE_v / (w.v)^2
    v: np.ndarray  # the direction (signs of w)
    t: float


def function_qfi_bound(model, t: float) -> FunctionBound:
    """min over v of F^CE_v / (w.v)^2 at time ``t`` (a local-field model; per-node channels)."""
    w = np.asarray(model.function_weights, dtype=float)
    a, b = node_norms(model, t)
    m = np.diag(a - b * b) + np.outer(b, b)
    c = np.abs(w)
    support = c > 0
    cs, ms = c[support], m[np.ix_(support, support)]
    u0 = cs / np.dot(cs, cs)
    res = scipy.optimize.minimize(lambda u: u @ ms @ u, u0, jac=lambda u: 2 * ms @ u, method="SLSQP",
                                  bounds=[(0, None)] * cs.size,
                                  constraints=[{"type": "eq", "fun": lambda u: cs @ u - 1, "jac": lambda u: cs}])
    u_s = np.clip(res.x, 0, None) if np.all(np.isfinite(res.x)) else u0
    if not cs @ u_s > 0 or direction_bound(a[support], b[support], u_s) > direction_bound(a[support], b[support], u0):
        u_s = u0
    u = np.zeros_like(w)
    u[support] = u_s
    v = np.sign(w) * u
    return FunctionBound(direction_bound(a, b, v) / float(w @ v) ** 2, v, float(t))


def function_bound_over_time(model, grid, figure: str = "per_shot") -> tuple[float, float]:
    """(max over the grid's range of the bound on the figure, its t): per_shot F_q, per_time F_q/t."""
    grid = np.asarray(grid, dtype=float)

    def objective(t):
        f = function_qfi_bound(model, float(t)).qfi
        return f / t if figure == "per_time" else f

    best = maximise_over_time(objective, grid, xtol=1e-6)
    return float(best.value), float(best.t_star)


def state_function_qfi(model, t: float, psi) -> float:
    """1/(w^T F^+ w) of a pure input on the sensors (0 when w is not identifiable), numpy."""
    return _state_function_qfi(model, model.node_channels(t), psi)


def _state_function_qfi(model, pairs, psi) -> float:
    """:func:`state_function_qfi` with the per-node channels at t given (``model.node_channels(t)``)."""
    s = np.array([p[0] for p in pairs])
    n = model.n_qubits
    rho0 = np.outer(psi, np.conj(psi))
    drhos = []
    for i in range(n):
        ds = np.zeros_like(s)
        ds[i] = pairs[i][1][i]
        rho, dr = apply_channel_and_derivative(s, ds, rho0, n)
        drhos.append(dr)
    bound, ok = function_bound(qfim(rho, np.array(drhos)), model.function_weights)
    return float(1.0 / bound) if ok else 0.0


def direction_optimum(model, t: float, v, starts: int = 4, seed: int = 0,
                      initial_states=()) -> tuple[float, np.ndarray]:
    """max over pure inputs of F_v by the see-saw on the per-node channels of direction v."""
    s, ds = _stacks(model, t)
    ds = ds * np.asarray(v, dtype=float)[:, None, None]
    n = model.n_qubits
    inits = starting_states(n, starts, seed) + [np.asarray(p, complex) / np.linalg.norm(p) for p in initial_states]
    runs = [_seesaw(s, ds, n, psi, 1e-9, 2000) for psi in inits]
    best = max(runs, key=lambda r: r[0])
    return float(best[0]), best[1]


def function_optimum(model, t: float, starts: int = 8, seed: int = 0, initial_states=()) -> tuple[float, np.ndarray]:
    """An *estimate* of max over pure inputs of 1/(w^T F^+ w): L-BFGS on the real and imaginary parts
    from GHZ, |+>^N, random states and ``initial_states`` (the best value found, and its state)."""
    n = model.n_qubits
    d = 2**n
    inits = starting_states(n, starts, seed) + [np.asarray(p, complex) for p in initial_states]
    pairs = model.node_channels(t)  # the channels at t, once: they were 75% of an N = 5 estimate's time

    def neg(x):
        psi = x[:d] + 1j * x[d:]
        norm = np.linalg.norm(psi)
        return -_state_function_qfi(model, pairs, psi / norm) if norm > 1e-12 else 0.0

    best, best_psi = -math.inf, None
    for psi in inits:
        psi = psi / np.linalg.norm(psi)
        x0 = np.concatenate([psi.real, psi.imag])
        res = scipy.optimize.minimize(neg, x0, method="L-BFGS-B", options={"maxiter": 300})
        for x in (x0, res.x):
            value = -neg(x)
            if value > best:
                best, best_psi = value, (x[:d] + 1j * x[d:]) / np.linalg.norm(x[:d] + 1j * x[d:])
    return float(best), best_psi
