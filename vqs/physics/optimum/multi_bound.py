r"""A multi-parameter certificate that accounts for incompatibility: one probe serves all directions.

The per-direction channel-extension (CE) bounds :math:`F_{aa} \le U_a` (:mod:`vqs.physics.optimum.bounds`)
may each be reached by a *different* probe. This module bounds the *sum* :math:`\sum_a F_{aa}` of
one probe, and combines both.

**Derivation.** Let :math:`|\psi\rangle` be any pure input of the N sensor qubits and any number of
noiseless ancillas (mixed inputs follow by convexity of the QFI matrix, so every bound below on
pure inputs holds for all inputs). The output :math:`\rho_\theta = \Lambda_\theta^{\otimes N}\otimes
\mathrm{id}(\psi)` has the purification :math:`|\Psi\rangle = \sum_{\vec i} K_{\vec i}|\psi\rangle
|\vec i\rangle_E`, :math:`K_{\vec i} = K_{i_1}\otimes\dots\otimes K_{i_N}`, and for each direction a
the gauge-rotated family :math:`K_{a,i}(\theta) = \sum_j [e^{-i(\theta_a-\theta_{0a})h_a}]_{ij}
K_j(\theta)` (one Hermitian :math:`r\times r` gauge :math:`h_a` per direction, the same on every
qubit) is again a Kraus family of the same channel. The QFI of direction a is at most four times
the squared norm of the derivative of any purification (Fujiwara & Imai 2008), so with
:math:`\dot K_{a} = \partial_a K - i h_a K`:

.. math:: F_{aa} \le 4\langle\psi|\alpha^{(N)}_a|\psi\rangle, \qquad
          \alpha^{(N)}_a = \sum_{\vec i}\dot K_{a,\vec i}^\dagger \dot K_{a,\vec i}
          = \sum_n \alpha_{a,n} + \sum_{n\ne m} \beta_{a,n}\beta_{a,m},

where :math:`\alpha_a = \sum_i \dot K_{a,i}^\dagger\dot K_{a,i}` and :math:`\beta_a = i\sum_i
\dot K_{a,i}^\dagger K_i` (Hermitian by trace preservation) act on qubit n (index n), identity
elsewhere: the diagonal terms n = m use :math:`\sum_i K_i^\dagger K_i = 1`, the cross terms
:math:`\sum_i \dot K^\dagger_{a,i} K_i = -i\beta_a` on qubit n and :math:`\sum_i K_i^\dagger \dot
K_{a,i} = i\beta_a` on qubit m. (Dropping :math:`-|\langle\Psi|\dot\Psi\rangle|^2 \le 0` only
loosens.) Summing over a with the **same** state,

.. math:: \sum_a F_{aa} \le 4\langle\psi| \textstyle\sum_n A_n + \sum_{n\ne m} B_{nm} |\psi\rangle,
          \qquad A = \sum_a \alpha_a, \quad B = \sum_a \beta_a\otimes\beta_a,

with :math:`B_{nm}` the two-qubit operator B on qubits (n, m); B is symmetric under the swap, so
:math:`B_{nm} = B_{mn}`. Bounding each term by its largest eigenvalue gives the issue's form

.. math:: T_{\rm issue} = 4N\lambda_{\max}(A) + 4N(N-1)\lambda_{\max}(B)

(so :math:`\beta_a\otimes\beta_a` is the tensor product on two different qubits, as written, not
the operator product :math:`\beta_a^2`). We use the tighter pair form: each qubit lies in N - 1
pairs, so the operator is :math:`\sum_{n<m} C_{nm}` with
:math:`C = (A\otimes 1 + 1\otimes A)/(N-1) + 2B` (4x4), and

.. math:: \sum_a F_{aa} \le T = 2N(N-1)\,\lambda_{\max}(C) \;\le\; T_{\rm issue}

(N = 1: :math:`T = 4\lambda_{\max}(A)`). Every choice of gauges gives a valid T, so the
minimisation over :math:`(h_x, h_y, h_z)` (BFGS on a log-sum-exp smoothing of
:math:`\lambda_{\max}`, rising sharpness, exact T at the gauges found, as in
:func:`vqs.physics.optimum.bounds.ce_bound`) only tightens it. Without noise (Kraus rank 1, h = 0):
:math:`\alpha_a = t^2/4`, :math:`\beta_a = -t\sigma_a/2`, :math:`B = (t^2/4)\sum_a\sigma_a\otimes
\sigma_a` (largest eigenvalue :math:`t^2/4`, the triplet), so :math:`T = N(N+2)t^2 = 4t^2\, j(j+1)`
at j = N/2: exactly the largest :math:`\sum_a 4\,\mathrm{Var}(tJ_a)` of a pure state.

**Combination.** With W diagonal, :math:`\mathrm{Tr}\,WF^{-1} \ge \sum_a W_{aa}(F^{-1})_{aa} \ge
\sum_a W_{aa}/F_{aa}`, and :math:`f_a = F_{aa}` satisfies :math:`0 \le f_a \le U_a` and
:math:`\sum_a f_a \le T`. Hence, at each t,

.. math:: \mathrm{Tr}\,WF^{-1}(t) \ge G(t) = \min\{\textstyle\sum_a W_{aa}/f_a :
          \sum_a f_a \le T,\ 0 \le f_a \le U_a\},

solved in closed form by water-filling (:func:`water_fill`: :math:`f_a = \min(U_a, s\sqrt{W_{aa}})`
with s fixed by :math:`\sum_a f_a = T`, or all :math:`f_a = U_a` if their sum is at most T).
:math:`G(t) \ge \sum_a W_{aa}/U_a(t)`, so :math:`\min_t G` (per shot) and :math:`\min_t t\,G`
(per unit time) are never below today's term-by-term bound. Everything above holds for any
input entangled with noiseless ancillas, so the bound covers ancilla-assisted probes; and since
the Holevo bound is at least Tr F^-1 it bounds the HCRB too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.optimize

from vqs import _checks
from vqs.physics.model.kraus import hermitian, kraus_and_derivative
from vqs.physics.timeopt import maximise_over_time

_EYE2 = np.eye(2)


def _gauged(kraus: np.ndarray, dkraus: np.ndarray, h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """alpha_h, beta_h (2x2, Hermitian) of one direction for the gauge h."""
    dkh = dkraus - 1j * np.einsum("ij,jab->iab", h, kraus)
    alpha = np.einsum("iba,ibc->ac", dkh.conj(), dkh)
    beta = 1j * np.einsum("iba,ibc->ac", dkh.conj(), kraus)
    return 0.5 * (alpha + alpha.conj().T), 0.5 * (beta + beta.conj().T)


def sum_operators(kraus: np.ndarray, dkrauses, gauges, coeffs=None) -> tuple[np.ndarray, np.ndarray]:
    """A = sum_a c_a alpha_a (2x2) and B = sum_a c_a beta_a (x) beta_a (4x4) for the gauges h_a
    (c_a = 1 unless ``coeffs``)."""
    coeffs = np.ones(len(dkrauses)) if coeffs is None else coeffs
    a_op = np.zeros((2, 2), complex)
    b_op = np.zeros((4, 4), complex)
    for dk, h, c in zip(dkrauses, gauges, coeffs):
        alpha, beta = _gauged(kraus, dk, h)
        a_op += c * alpha
        b_op += c * np.kron(beta, beta)
    return a_op, b_op


def total_bound_issue_form(a_op: np.ndarray, b_op: np.ndarray, n: int) -> float:
    """4 N lambda_max(A) + 4 N (N-1) lambda_max(B): the issue's (looser) form of T."""
    return 4.0 * (n * np.linalg.eigvalsh(a_op)[-1] + n * (n - 1) * np.linalg.eigvalsh(b_op)[-1])


def _pair_operator(a_op: np.ndarray, b_op: np.ndarray, n: int) -> np.ndarray:
    return (np.kron(a_op, _EYE2) + np.kron(_EYE2, a_op)) / (n - 1) + 2.0 * b_op


def total_bound(a_op: np.ndarray, b_op: np.ndarray, n: int) -> float:
    """T = 2 N (N-1) lambda_max(C), C = (A (x) 1 + 1 (x) A)/(N-1) + 2B (N = 1: 4 lambda_max(A))."""
    if n == 1:
        return 4.0 * float(np.linalg.eigvalsh(a_op)[-1])
    return 2.0 * n * (n - 1) * float(np.linalg.eigvalsh(_pair_operator(a_op, b_op, n))[-1])


def _split(x: np.ndarray, p: int, r: int) -> list[np.ndarray]:
    return [hermitian(x[a * r * r:(a + 1) * r * r], r) for a in range(p)]


def _real_gradient(e: np.ndarray) -> np.ndarray:
    """d f / d x for f varying as Re sum_kl dh_kl E_kl, h = hermitian(x) (inverse of its layout)."""
    r = e.shape[0]
    iu = np.triu_indices(r, 1)
    upper, lower = e[iu], e.T[iu]
    return np.concatenate([np.real(np.diag(e)), np.real(upper + lower), np.real(1j * upper - 1j * lower)])


def _objective(x, kraus, dkrauses, n, coeffs, sharpness):
    """The smoothed T (scale x log-sum-exp with sharpness (1/T units) of the eigenvalues of C;
    sharpness None: the exact T) and its
    gradient in the gauge parameters (analytic: d lambda = Tr(P dC), chained through alpha, beta)."""
    r, p = kraus.shape[0], len(dkrauses)
    gauges = _split(x, p, r)
    dkhs = [dk - 1j * np.einsum("ij,jab->iab", h, kraus) for dk, h in zip(dkrauses, gauges)]
    betas = [_gauged(kraus, dk, h)[1] for dk, h in zip(dkrauses, gauges)]
    a_op, b_op = sum_operators(kraus, dkrauses, gauges, coeffs)
    if n == 1:
        scale, c_op = 4.0, a_op
    else:
        scale, c_op = 2.0 * n * (n - 1), _pair_operator(a_op, b_op, n)
    w, v = np.linalg.eigh(c_op)
    if sharpness is None:
        return scale * float(w[-1]), None
    k = sharpness * scale
    e = np.exp(k * (w - w[-1]))
    value = scale * float(w[-1] + np.log(e.sum()) / k)
    proj = scale * (v * (e / e.sum())) @ v.conj().T  # d value / d C
    if n == 1:
        q_op, s4 = proj, None
    else:
        s4 = proj.reshape(2, 2, 2, 2)
        q_op = (np.einsum("kjij->ki", s4) + np.einsum("jkji->ki", s4)) / (n - 1)
    grads = []
    for c, dkh, beta in zip(coeffs, dkhs, betas):
        m = np.einsum("ac,ibc,jba->ij", q_op, dkh.conj(), kraus)  # Tr(Q dK_i^dag K_j)
        e_mat = -2j * m
        if s4 is not None:
            r_op = 2.0 * (np.einsum("klij,jl->ki", s4, beta) + np.einsum("klij,ik->lj", s4, beta))
            e_mat = e_mat - np.einsum("ac,kdc,lda->kl", r_op, kraus.conj(), kraus)
        grads.append(c * _real_gradient(e_mat))
    return value, np.concatenate(grads)


def sum_qfi_bound(kraus: np.ndarray, dkrauses, n: int, x0: np.ndarray | None = None,
                  coeffs=None) -> tuple[float, np.ndarray]:
    """min over gauges (h_a) of T, the bound on sum_a c_a F_aa of any probe (c_a = 1 unless
    ``coeffs``, each >= 0); and the gauges (real vector). BFGS with the analytic gradient on the
    log-sum-exp smoothing, rising sharpness; the value is the exact T at the gauges found."""
    r, p = kraus.shape[0], len(dkrauses)
    coeffs = np.ones(p) if coeffs is None else np.asarray(coeffs, dtype=float)

    def exact(y):
        return _objective(y, kraus, dkrauses, n, coeffs, None)[0]

    starts = [np.zeros(p * r * r)] + ([] if x0 is None or x0.size != p * r * r else [np.asarray(x0, float)])
    x = min(starts, key=exact)
    for sharpness in (1e1, 1e3, 1e5):
        value = max(exact(x), 1e-300)
        res = scipy.optimize.minimize(_objective, x, args=(kraus, dkrauses, n, coeffs, sharpness / value),
                                      jac=True, method="BFGS", options={"gtol": 1e-10 * value})
        if np.all(np.isfinite(res.x)) and exact(res.x) < exact(x):
            x = res.x
    return exact(x), x


def water_fill(upper, total: float, weights=None) -> tuple[float, np.ndarray]:
    """min sum_a w_a / f_a subject to sum_a f_a <= total, 0 <= f_a <= upper_a; (value, f).

    Closed form: f_a = min(upper_a, s sqrt(w_a)), s the root of sum_a f_a(s) = total (piecewise
    linear, found exactly by sorting the breakpoints upper_a / sqrt(w_a)); all f_a = upper_a when
    they fit. Directions with w_a = 0 get f_a = 0 and cost nothing.
    """
    u = np.asarray(upper, dtype=float)
    w = np.ones_like(u) if weights is None else np.asarray(weights, dtype=float)
    active = w > 0
    f = np.zeros_like(u)
    if not np.any(active):
        return 0.0, f
    if np.any(u[active] <= 0) or total <= 0:
        return math.inf, f
    ua, sw = u[active], np.sqrt(w[active])
    if ua.sum() <= total:
        fa = ua
    else:
        order = np.argsort(ua / sw)
        capped = 0.0  # sum of upper_a of the directions already at their cap
        free = sw.sum()  # sum of sqrt(w_a) of the directions still below it
        s = total / free
        for i in order:
            if ua[i] / sw[i] >= s:
                break
            capped += ua[i]
            free -= sw[i]
            s = (total - capped) / free
        fa = np.minimum(ua, s * sw)
    f[active] = fa
    return float(np.sum(w[active] / fa)), f


@dataclass(frozen=True)
class MultiBoundAtTime:
    """The pieces of the bound at one sensing time."""

    t: float
    qcrb: float  # G(t): lower bound on Tr W F^-1(t) of any probe at this t
    total: float  # T: bound on sum_a F_aa
    upper: tuple[float, ...]  # U_a: the per-direction CE bounds
    fill: tuple[float, ...]  # the minimising f_a


def multi_bound_at(model, t: float, state: dict | None = None) -> MultiBoundAtTime:
    """G(t) for the multi task at sensing time t (``state`` carries gauges between calls).

    U_a is the pair form of T for direction a alone (``sum_qfi_bound`` with one direction): the
    same derivation with one term, at most the CE bound of :func:`vqs.physics.optimum.bounds.ce_bound`
    at equal gauge (so at least as tight), and fast with the analytic gradient.
    """
    state = {} if state is None else state
    s, ds = model.channel(float(t))
    kraus = None
    dkrauses, upper = [], []
    for a in range(model.n_params):
        kraus, dk = kraus_and_derivative(s, ds[a])
        dkrauses.append(dk)
        u, state[("h", a)] = sum_qfi_bound(kraus, [dk], model.n_qubits, state.get(("h", a)))
        upper.append(u)
    total, state["x"] = sum_qfi_bound(kraus, dkrauses, model.n_qubits, state.get("x"))
    value, fill = water_fill(upper, total, np.diag(model.weight_matrix()))
    return MultiBoundAtTime(float(t), value, total, tuple(upper), tuple(float(f) for f in fill))


@dataclass(frozen=True)
class MultiBound:
    """min over t of G(t) (per shot) or t G(t) (per unit time), and where."""

    qcrb: float
    t_star: float
    at_edge: bool
    at_t_star: MultiBoundAtTime

    def to_dict(self) -> dict:
        b = self.at_t_star
        return {"qcrb": self.qcrb, "t_star": self.t_star, "at_edge": self.at_edge,
                "sum_qfi_bound": b.total, "component_bounds": list(b.upper), "fill": list(b.fill)}


def multi_qcrb_bound(model, grid, figure: str) -> MultiBound:
    """The incompatibility-aware lower bound on the QCRB of any probe (ancillas included) over the
    time grid's range: min_t G(t) (``per_shot``) or min_t t G(t) (``per_time``)."""
    figure = _checks.figure(figure)
    grid = np.asarray(grid, dtype=float)
    state: dict = {}
    cache: dict[float, MultiBoundAtTime] = {}

    def at(t: float) -> MultiBoundAtTime:
        if t not in cache:
            cache[t] = multi_bound_at(model, t, state)
        return cache[t]

    def objective(t: float) -> float:  # maximised: 1 / the figure's bound
        g = at(t).qcrb * (t if figure == "per_time" else 1.0)
        return 1.0 / g if g > 0 else math.inf

    best = maximise_over_time(objective, grid, xtol=1e-6)
    return MultiBound(1.0 / best.value, best.t_star, best.at_edge, at(best.t_star))
