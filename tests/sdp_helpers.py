"""The Holevo Cramér–Rao bound by an SDP (cvxpy + Clarabel): the independent check of vqs.physics.kernel.holevo.

Form (Albarelli, Friel, Datta, PRL 123, 200503 (2019)): min Tr(W V) over real symmetric V and
Hermitian X_i, subject to [[V, B^H], [B, I]] >= 0 with B = [vec(R X_i)] (rho = R^H R on its
support, in the eigenbasis of rho), i.e. V >= Z(X) = B^H B, and Tr(d_i rho X_j) = delta_ij.
The solver's X is then made exactly feasible (X_j <- sum_k X_k (C^-1)_kj, C_ij = Tr(d_i rho X_j))
and the Holevo function evaluated there: an upper bound on C_H, within the solver's accuracy of it
(the raw SDP value is ~1e-6 off on rank-deficient states, Clarabel reports "inaccurate" there).
"""

import cvxpy as cp
import numpy as np


def holevo_value(z, weights) -> float:
    """Tr(W Re Z) + ||sqrt(W) Im Z sqrt(W)||_1."""
    e, v = np.linalg.eigh(weights)
    s = (v * np.sqrt(e)) @ v.T
    return float(np.trace(weights @ z.real) + np.linalg.svd(s @ z.imag @ s, compute_uv=False).sum())


def sdp_hcrb(rho, drho, weights=None) -> float:
    d, p = rho.shape[0], drho.shape[0]
    w = np.eye(p) if weights is None else np.asarray(weights)
    lam, vec = np.linalg.eigh(rho)
    lam = np.clip(lam, 0.0, None)
    drho = vec.conj().T @ drho @ vec  # in the eigenbasis of rho (the bound is basis-free): better conditioned
    denom = lam[:, None] + lam[None, :]
    f = np.einsum("aij,bji,ij->ab", drho, drho, np.where(denom > 1e-12, 2 / (denom + 1e-300), 0))
    scaled = drho * np.sqrt(np.trace(w @ np.linalg.inv(f.real)))  # solved at C_H ~ 1 (better conditioned)
    keep = lam > 1e-12
    r_mat = np.diag(np.sqrt(lam))[keep]
    r = r_mat.shape[0]
    xs = [cp.Variable((d, d), hermitian=True) for _ in range(p)]
    v = cp.Variable((p, p), symmetric=True)
    b = cp.hstack([cp.reshape(r_mat @ x, (r * d, 1), order="F") for x in xs])
    cons = [cp.bmat([[v, b.H], [b, np.eye(r * d)]]) >> 0]
    cons += [cp.real(cp.trace(scaled[i] @ xs[j])) == float(i == j) for i in range(p) for j in range(p)]
    cp.Problem(cp.Minimize(cp.trace(w @ v)), cons).solve(solver=cp.CLARABEL)
    x = np.array([xi.value for xi in xs])
    c = np.einsum("iab,jba->ij", drho, x).real
    x = np.einsum("kab,kj->jab", x, np.linalg.inv(c))
    return holevo_value(np.einsum("a,iab,jba->ij", lam, x, x), w)
