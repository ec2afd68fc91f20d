r"""The Holevo Cramér–Rao bound (HCRB) of one state, in numpy: exact, with a duality-gap check.

.. math:: C_H = \min_X \mathrm{Tr}(W\,\mathrm{Re}Z) + \|\sqrt W\,\mathrm{Im}Z\,\sqrt W\|_1,\qquad
          Z_{ij} = \mathrm{Tr}(\rho X_i X_j),\quad \mathrm{Tr}(\partial_i\rho\,X_j) = \delta_{ij},

over Hermitian :math:`X_i` (Holevo). Method (minimax): :math:`\|S A S\|_1 = \max_{\|U\|\le 1}
-\mathrm{Tr}(U S A S)` over real antisymmetric :math:`U` (:math:`S=\sqrt W`), so with
:math:`Q(U) = S(I+iU)S \succeq 0`, :math:`C_H = \max_U \phi(U)`,
:math:`\phi(U) = \min_X \mathrm{Tr}(Q Z(X))` (Sion). For P = 3, U is the axial vector u,
:math:`|u|\le 1`; for P = 2 one number in [-1, 1]; P = 1 has no U (C_H = QCRB).

:math:`\phi` in closed form: in the eigenbasis of :math:`\rho` the objective decouples over index
pairs a < b, :math:`x = ((X_1)_{ab},\dots,(X_P)_{ab})` contributing :math:`x^H(\lambda_a Q +
\lambda_b \bar Q)x`, and diagonal entries (x real) :math:`\lambda_a x^T \mathrm{Re}Q\,x`; the
constraints are linear in each x. Stationarity gives every x linear in a real P x P multiplier
matrix :math:`\Lambda`, fixed by one :math:`P^2 \times P^2` linear system; every pair matrix is inverted
in closed form (:class:`_Weight`), so one :math:`\phi` costs :math:`O(d^2 P^2)`, as matrix products
(at d = 256 one HCRB takes 0.2 s, 20x less than with batched inverses and einsum: benchmarks/RESULTS.md).
Pairs with :math:`\lambda_a + \lambda_b \le` :data:`~vqs.physics.kernel.sld.EIG_CUTOFF`
are dropped, as in the QFI. :math:`\phi(0) = \mathrm{Tr}(W F^{-1})` (the QCRB).

The concave :math:`\phi` is maximised over the ball :math:`|u| \le 1 - 10^{-9}` (SLSQP, exact
gradient by the envelope theorem); on that ball every pair matrix is positive definite, and by
concavity the ball's maximum is within :math:`10^{-9}(C_H - \mathrm{QCRB})` of the true one.
Both sides are reported: ``lower`` = :math:`\phi(u^*)` (a lower bound on C_H for any u) and
``upper`` = the Holevo function at the minimiser :math:`X^*` of :math:`\phi(u^*)` made exactly
feasible (an upper bound for any feasible X); ``value`` is their mean. Where SLSQP and the Newton steps
leave the bracket open (relative gap > :data:`RETRY_GAP`; measured on a state with eigenvalues down to the
cut-off, where SLSQP wandered below :math:`\phi(0)` and :math:`u^*` fell back to 0), :math:`u^*` is
polished by a monotone projected-gradient ascent (:func:`_ascent`), which never lowers :math:`\phi`;
the gap stays in the result as the check.

Gradient (refinement): by the envelope theorem at :math:`(u^*, X^*, \Lambda^*)`,
:math:`dC_H = \mathrm{Re}\,\mathrm{Tr}(G_\rho\, d\rho) + \sum_i \mathrm{Re}\,\mathrm{Tr}(G_i\,
d\partial_i\rho)` with :math:`G_\rho = \sum_{ij} Q_{ji} X_i X_j` and :math:`G_i = -\sum_j
\Lambda_{ij} X_j` (:class:`HolevoResult` ``grad_rho``, ``grad_drho``); no eigenvector
derivatives, as in :mod:`vqs.physics.kernel.qfim`.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import scipy.optimize
from numpy.typing import ArrayLike

from vqs.errors import VqsError
from vqs.physics.kernel.sld import EIG_CUTOFF, eigen_parts

BALL_RADIUS = 1.0 - 1e-9
"""The radius of the ball of u searched (see the module docstring)."""
RETRY_GAP = 1e-6
"""A relative duality gap above this after SLSQP and Newton sends u* to a monotone projected-gradient ascent."""


class HolevoResult(NamedTuple):
    """The HCRB of one state: ``value`` (mean of the bracket), ``lower`` = phi(u*), ``upper`` = the
    Holevo function at a feasible X*; ``qcrb`` = Tr(W F^-1) = phi(0); ``u`` the maximiser;
    ``x`` (P, d, d) the optimal X_i; ``grad_rho`` (d, d) and ``grad_drho`` (P, d, d) the Hermitian
    gradients of C_H (dC = Re Tr(grad_rho d rho) + sum_i Re Tr(grad_drho_i d drho_i))."""

    value: float
    lower: float
    upper: float
    qcrb: float
    u: np.ndarray
    x: np.ndarray
    grad_rho: np.ndarray
    grad_drho: np.ndarray

    @property
    def gap(self) -> float:
        """Relative duality gap (upper - lower) / upper."""
        return (self.upper - self.lower) / self.upper if self.upper > 0 else 0.0


class _Parts(NamedTuple):
    vec: np.ndarray  # eigenvectors (d, d)
    ia: np.ndarray  # pair row indices (a < b, kept)
    ib: np.ndarray
    la: np.ndarray  # their eigenvalues
    lb: np.ndarray
    dp: np.ndarray  # (n_pairs, P) complex: (D_i)_ab
    idg: np.ndarray  # kept diagonal indices
    ld: np.ndarray
    dd: np.ndarray  # (n_diag, P) real: (D_i)_aa


def _parts(rho, drho, cutoff) -> _Parts:
    lam, vec, d_eig, _ = eigen_parts(rho, drho, cutoff)  # d_eig (P, d, d): drho in rho's eigenbasis
    ia, ib = np.triu_indices(lam.size, 1)
    keep = lam[ia] + lam[ib] > cutoff
    ia, ib = ia[keep], ib[keep]
    idg = np.nonzero(2.0 * lam > cutoff)[0]
    return _Parts(vec, ia, ib, lam[ia], lam[ib], d_eig[:, ia, ib].T, idg, lam[idg], d_eig[:, idg, idg].T.real)


def _u_matrix(u, p: int) -> np.ndarray:
    """Real antisymmetric U from its free entries: P = 2: [[0, -u], [u, 0]]; P = 3: the cross product [u]_x."""
    if p == 1:
        return np.zeros((1, 1))
    if p == 2:
        return np.array([[0.0, -u[0]], [u[0], 0.0]])
    return np.array([[0.0, -u[2], u[1]], [u[2], 0.0, -u[0]], [-u[1], u[0], 0.0]])


def _axial(a) -> np.ndarray:
    """The free entries of an antisymmetric A such that Tr(U A) = 2 u . axial(A)."""
    p = a.shape[0]
    if p == 1:
        return np.zeros(0)
    if p == 2:
        return np.array([a[0, 1]])
    return np.array([a[1, 2], a[2, 0], a[0, 1]])


class _Weight(NamedTuple):
    """The weight Q(u) = S(I + iU)S = W + SKS (K = iU Hermitian, S = sqrt W real) and the pieces of the pair
    matrices' inverses: la Q + lb conj(Q) = alpha W + beta SKS (alpha = la + lb, beta = la - lb), whose
    inverse is a W^-1 + b S^-1 K S^-1 + c S^-1 K^2 S^-1, because K^3 = r^2 K (r = |u|; the eigenvalues of K
    are 0, +-r): a = 1/alpha, b = -beta/den, c = beta^2/(alpha den), den = alpha^2 - beta^2 r^2."""

    q: np.ndarray
    sks: np.ndarray  # S K S
    w: np.ndarray  # W
    w_inv: np.ndarray  # W^-1
    k1: np.ndarray  # S^-1 K S^-1
    k2: np.ndarray  # S^-1 K^2 S^-1
    r: float


def _weight(s, u, p: int) -> _Weight:
    """:class:`_Weight` for the antisymmetric U of the free entries ``u`` (|u| <= BALL_RADIUS)."""
    s_inv = np.linalg.inv(s)
    kmat = 1j * _u_matrix(u, p)
    sks = s @ kmat @ s
    w = s @ s
    return _Weight(w + sks, sks, w, s_inv @ s_inv, s_inv @ kmat @ s_inv, s_inv @ kmat @ kmat @ s_inv,
                   float(np.linalg.norm(u)))


def _z_matrix(parts: _Parts, xp, xd) -> np.ndarray:
    """Z_ij = Tr(rho X_i X_j) from the pair entries xp (n, P) and diagonal entries xd (m, P)."""
    return (xp.T * parts.la) @ xp.conj() + (xp.conj().T * parts.lb) @ xp + (xd.T * parts.ld) @ xd


def _constraints(parts: _Parts, xp, xd) -> np.ndarray:
    """C_ik = Tr(d_i rho X_k)."""
    return 2.0 * (parts.dp.conj().T @ xp).real + parts.dd.T @ xd


def _inner(parts: _Parts, wt: _Weight):
    """phi for the weight Q: the minimiser's pair and diagonal entries, the multipliers Lambda, phi.
    Pair n: M_n = alpha_n W + beta_n SKS, M_n^-1 in closed form (:class:`_Weight`); diagonal m: ld_m W.
    den = (alpha - |beta| r)(alpha + |beta| r), its first factor written 2 min(la, lb) + |beta|(1 - r): no
    cancellation where one eigenvalue is 0 and r is near 1."""
    p = wt.q.shape[0]
    alpha, beta = parts.la + parts.lb, parts.la - parts.lb
    den = (2.0 * np.minimum(parts.la, parts.lb) + np.abs(beta) * (1.0 - wt.r)) * (alpha + np.abs(beta) * wt.r)
    a, b, c = 1.0 / alpha, -beta / den, beta**2 / (alpha * den)

    def outer(x):  # sum_n x_n conj(D_n) D_n^T, (P, P)
        return (parts.dp.conj().T * x) @ parts.dp

    k = sum(np.einsum("ij,kl->ikjl", outer(x), m) for x, m in ((a, wt.w_inv), (b, wt.k1), (c, wt.k2)))
    k = 2.0 * k.real + 0.5 * np.einsum("ij,kl->ikjl", (parts.dd.T / parts.ld) @ parts.dd, wt.w_inv)
    lam_m = np.linalg.solve(k.reshape(p * p, p * p), np.eye(p).reshape(-1)).reshape(p, p)
    v = parts.dp @ lam_m
    xp = a[:, None] * (v @ wt.w_inv.T) + b[:, None] * (v @ wt.k1.T) + c[:, None] * (v @ wt.k2.T)
    xd = 0.5 * ((parts.dd @ lam_m) @ wt.w_inv.T) / parts.ld[:, None]
    mx = alpha[:, None] * (xp @ wt.w.T) + beta[:, None] * (xp @ wt.sks.T)
    phi = float(np.sum(xp.conj() * mx).real + np.sum(parts.ld[:, None] * xd * (xd @ wt.w.T)))
    return xp, xd, lam_m, phi


def holevo_function(z: np.ndarray, weights: np.ndarray) -> float:
    """Tr(W Re Z) + ||sqrt(W) Im Z sqrt(W)||_1 of a (P, P) Hermitian Z."""
    s = _sqrtm(weights)
    return float(np.trace(weights @ z.real) + np.linalg.svd(s @ z.imag @ s, compute_uv=False).sum())


def _sqrtm(w):
    e, v = np.linalg.eigh(w)
    return (v * np.sqrt(np.clip(e, 0.0, None))) @ v.T


def _check(rho, drho, weights):
    rho = np.asarray(rho)
    drho = np.asarray(drho)
    if rho.ndim != 2 or rho.shape[0] != rho.shape[1] or drho.ndim != 3 or drho.shape[1:] != rho.shape:
        raise VqsError(f"hcrb: rho must be (d, d) and drho (P, d, d), got {rho.shape} and {drho.shape}")
    p = drho.shape[0]
    if not 1 <= p <= 3:
        raise VqsError(f"hcrb: 1 to 3 parameters are supported, got {p}")
    w = np.eye(p) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != (p, p) or not np.allclose(w, w.T) or np.linalg.eigvalsh(0.5 * (w + w.T))[0] <= 0:
        raise VqsError(f"hcrb: the weight matrix must be symmetric positive definite {p}x{p}")
    return p, 0.5 * (w + w.T)


def hcrb(rho: ArrayLike, drho: ArrayLike, weights: ArrayLike | None = None, cutoff: float = EIG_CUTOFF,
         tol: float = 1e-9) -> HolevoResult:
    """The Holevo Cramér–Rao bound of the state ``rho`` (d, d) with derivatives ``drho`` (P, d, d).

    Args:
        rho: the state.
        drho: its derivatives with respect to the P <= 3 parameters.
        weights: the (P, P) weight matrix W (default identity).
        cutoff: eigenvalue pairs below it are dropped (as in the QFI).
        tol: relative tolerance of the maximisation over u (the reported gap is the check).

    Returns:
        :class:`HolevoResult`; all values +inf (and no gradient) where the QFI matrix is singular.

    Example:
        >>> r = hcrb(rho, drho)  # doctest: +SKIP
        >>> r.qcrb <= r.value <= 2 * r.qcrb  # doctest: +SKIP
    """
    p, w = _check(rho, drho, weights)
    s = _sqrtm(w)
    parts = _parts(rho, drho, cutoff)
    d = parts.vec.shape[0]

    def solve(u):
        wt = _weight(s, u, p)
        return wt.q, _inner(parts, wt)

    try:
        _, (_, _, _, phi0) = solve(np.zeros(0 if p == 1 else (1 if p == 2 else 3)))
    except np.linalg.LinAlgError:
        phi0 = math.inf
    if not math.isfinite(phi0) or phi0 <= 0 or _singular(parts, p):
        nan = np.full((p, d, d), np.nan)
        return HolevoResult(math.inf, math.inf, math.inf, math.inf, np.zeros(0), nan, nan[0], nan)
    u_star = np.zeros(0 if p == 1 else (1 if p == 2 else 3))
    if p > 1:
        u_star = _maximise(parts, solve, s, p, u_star, phi0, tol)
    def bracket(u):  # phi(u) (lower) and the Holevo function at its X* made feasible (upper)
        q, (xp, xd, lam_m, lower) = solve(u)
        c_inv = np.linalg.inv(_constraints(parts, xp, xd))
        return q, xp, xd, lam_m, lower, holevo_function(_z_matrix(parts, xp @ c_inv, xd @ c_inv), w)

    q, xp, xd, lam_m, lower, upper = bracket(u_star)
    if p > 1 and upper - lower > RETRY_GAP * upper:  # an open bracket: polish u by a monotone ascent
        value_grad = _value_grad(parts, solve, s, abs(phi0))
        u_star = _ascent(value_grad, u_star, *value_grad(u_star))
        q, xp, xd, lam_m, lower, upper = bracket(u_star)
    upper = max(upper, lower)
    x = _assemble(parts, xp, xd, d, p)
    g_rho = (x @ np.tensordot(q, x, axes=(0, 0))).sum(axis=0)  # sum_ij Q_ji X_i X_j
    g_rho = 0.5 * (g_rho + g_rho.conj().T)
    g_drho = -np.tensordot(lam_m, x, axes=(1, 0))
    return HolevoResult(0.5 * (lower + upper), lower, upper, phi0, u_star, x, g_rho, g_drho)


def _singular(parts: _Parts, p: int) -> bool:
    f = 2.0 * ((parts.dp.conj().T / (parts.la + parts.lb)) @ parts.dp).real + (parts.dd.T * (0.5 / parts.ld)) @ parts.dd
    e = np.linalg.eigvalsh(0.5 * (f + f.T))
    return bool(e[0] <= 1e-10 * abs(e[-1]) or e[-1] <= 1e-300)


def _assemble(parts: _Parts, xp, xd, d: int, p: int) -> np.ndarray:
    """The X_i (P, d, d) in the original basis from their entries in the eigenbasis."""
    x = np.zeros((p, d, d), dtype=complex)
    x[:, parts.ia, parts.ib] = xp.T
    x[:, parts.ib, parts.ia] = xp.T.conj()
    x[:, parts.idg, parts.idg] = xd.T
    return parts.vec @ x @ parts.vec.conj().T


def _maximise(parts: _Parts, solve, s, p: int, u0, phi0: float, tol: float):
    """Maximise the concave phi over |u| <= BALL_RADIUS: SLSQP with the envelope gradient, then
    Newton steps (Hessian by central differences of the gradient) on the stationarity conditions,
    in the interior or on the sphere, so that u* (and with it the primal X*) is accurate."""
    value_grad = _value_grad(parts, solve, s, abs(phi0))
    scale = abs(phi0)
    cons = {"type": "ineq", "fun": lambda u: BALL_RADIUS**2 - u @ u, "jac": lambda u: -2.0 * u}
    res = scipy.optimize.minimize(lambda u: tuple(-v for v in value_grad(u)), np.array(u0, dtype=float), jac=True,
                                  method="SLSQP", constraints=[cons], options={"ftol": 1e-15, "maxiter": 100})
    u = _clip(np.asarray(res.x, dtype=float))
    val, g = value_grad(u)
    for _ in range(12):
        step = _newton_step(value_grad, u, g)
        if step is None:
            break
        u_new = _clip(u + step)
        val_new, g_new = value_grad(u_new)
        if val_new < val - 1e-13 and np.linalg.norm(g_new) >= np.linalg.norm(g):
            break  # no progress (values differ by rounding near the flat maximum: the gradient decides)
        done = np.linalg.norm(u_new - u) < tol * 1e-3
        u, val, g = u_new, val_new, g_new
        if done:
            break
    return u if val * scale >= phi0 else np.zeros_like(u)  # an open bracket at 0 is polished by hcrb's ascent


def _value_grad(parts: _Parts, solve, s, scale: float):
    """phi(u) / scale and its gradient (envelope theorem), u clipped to the ball."""

    def value_grad(u):
        _, (xp, xd, _, phi) = solve(_clip(u))  # SLSQP may step outside the ball
        z = _z_matrix(parts, xp, xd)
        return phi / scale, -2.0 * _axial(s @ z.imag @ s) / scale

    return value_grad


def _ascent(value_grad, u, val: float, g, iters: int = 500):
    """Projected gradient ascent on the ball with a backtracking step: every accepted step raises phi, so the
    result is never below the start (phi is concave; it converges to the maximiser, if slowly)."""
    step = 1.0
    for _ in range(iters):
        while step > 1e-14:
            u_new = _clip(u + step * g)
            val_new, g_new = value_grad(u_new)
            if val_new > val:
                break
            step *= 0.5
        else:
            break
        gain = val_new - val
        u, val, g, step = u_new, val_new, g_new, 2.0 * step
        if gain < 1e-15:
            break
    return u


def _clip(u):
    norm = float(np.linalg.norm(u))
    return u * (BALL_RADIUS / norm) if norm > BALL_RADIUS else u


def _newton_step(value_grad, u, g, h: float = 1e-6):
    """Newton step for grad phi = 0 (interior) or grad phi = mu u, |u| = R (on the sphere)."""
    k = u.size
    hess = np.empty((k, k))
    for i in range(k):
        e = np.zeros(k)
        e[i] = h
        hess[:, i] = (value_grad(_clip(u + e))[1] - value_grad(u - e)[1]) / (2 * h)
    hess = 0.5 * (hess + hess.T)
    norm = float(np.linalg.norm(u))
    try:
        if norm < BALL_RADIUS * (1 - 1e-7):
            step = np.linalg.solve(hess, -g)
            if norm + np.linalg.norm(step) <= BALL_RADIUS:
                return step
        mu = float(u @ g) / norm**2
        if mu <= 0:
            return np.linalg.solve(hess, -g)
        jac = np.block([[hess - mu * np.eye(k), -u[:, None]], [2 * u[None, :], np.zeros((1, 1))]])
        rhs = -np.concatenate([g - mu * u, [u @ u - BALL_RADIUS**2]])
        return np.linalg.solve(jac, rhs)[:k]
    except np.linalg.LinAlgError:
        return None
