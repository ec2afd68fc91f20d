r"""Kraus operators of a qubit channel and a consistent derivative, for the channel-extension bounds.

The one numpy implementation of "Kraus operators from a superoperator" (:func:`kraus_from_superop`,
:func:`kraus_and_derivative`: one factorisation of the Choi matrix, one cut-off). The PennyLane
engine keeps its own, differentiable JAX factorisation on purpose: it is the kernel's independent
cross-check (:mod:`vqs.physics.engines.pennylane_engine`).

:func:`kraus_and_derivative`: from the exact channel :math:`S` and :math:`\partial_\theta S` (4x4
superoperators), the Choi matrix :math:`J = KK^\dagger` (rank r, :math:`K = V\sqrt\Lambda`) gives
the Kraus operators, and with :math:`P = K(K^\dagger K)^{-1}` the choice
:math:`\dot K = \dot J P - \tfrac12 K P^\dagger\dot J P` satisfies
:math:`\dot K K^\dagger + K\dot K^\dagger = \dot J` exactly where the Choi rank is locally constant
(checked: otherwise a :class:`VqsError`). Used by :mod:`vqs.physics.optimum.bounds` (one parameter) and
:mod:`vqs.physics.optimum.multi_bound` (the three field directions); :func:`hermitian` parametrises the
Kraus gauges both minimise over.
"""

from __future__ import annotations

import numpy as np

from vqs.errors import VqsError
from vqs.physics.model.noise import choi_from_superop

_CHOI_RTOL = 1e-12
_KRAUS_CHECK_RTOL = 1e-8


def _choi_factor(j: np.ndarray) -> np.ndarray:
    """K (4, r) with K K^dag = j on its support: the eigenvectors of the Choi matrix whose
    eigenvalues exceed :data:`_CHOI_RTOL` times the largest, scaled by their square roots."""
    w, v = np.linalg.eigh(j)
    keep = w > _CHOI_RTOL * max(w.max(), 1e-300)
    return v[:, keep] * np.sqrt(w[keep])


def _operators(m: np.ndarray) -> np.ndarray:
    """Choi column (i, a) -> Kraus operator K[a, i]: (r, 2, 2)."""
    return np.array([m[:, c].reshape(2, 2).T for c in range(m.shape[1])])


def _hermitian_part(m: np.ndarray) -> np.ndarray:
    return 0.5 * (m + m.conj().T)


def kraus_from_superop(superop: np.ndarray) -> np.ndarray:
    """Kraus operators (r, 2, 2) of a qubit channel's 4x4 superoperator (row-major vectorisation,
    :mod:`vqs.physics.model.noise`): ``sum_k K_k rho K_k^dag = S(rho)``."""
    return _operators(_choi_factor(_hermitian_part(choi_from_superop(superop))))


def kraus_and_derivative(superop: np.ndarray, dsuperop: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Kraus operators K (r, 2, 2) of a qubit channel and a consistent first-order derivative."""
    j = _hermitian_part(choi_from_superop(superop))
    dj = _hermitian_part(choi_from_superop(dsuperop))
    k = _choi_factor(j)
    p = k @ np.linalg.inv(k.conj().T @ k)
    dk = dj @ p - 0.5 * k @ (p.conj().T @ dj @ p)
    err = np.abs(dk @ k.conj().T + k @ dk.conj().T - dj).max()
    if err > _KRAUS_CHECK_RTOL * max(np.abs(dj).max(), 1.0):
        raise VqsError("the channel's Kraus rank changes with the parameter at this operating point: "
                       "no smooth Kraus family for the channel-extension bound (choose a generic operating point)")
    return _operators(k), _operators(dk)


def hermitian(x: np.ndarray, r: int) -> np.ndarray:
    """The r x r Hermitian matrix of r^2 real parameters (diagonal, then real and imaginary upper parts)."""
    h = np.zeros((r, r), complex)
    h[np.diag_indices(r)] = x[:r]
    iu = np.triu_indices(r, 1)
    m = iu[0].size
    h[iu] = x[r:r + m] + 1j * x[r + m:]
    return h + np.triu(h, 1).conj().T
