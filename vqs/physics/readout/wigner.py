r"""Spin Wigner function of an N-qubit probe state, via its symmetric (Dicke) part.

The symmetric subspace of N qubits is spanned by the Dicke states

.. math:: |j, m\rangle = \binom{N}{k}^{-1/2} \sum_{|x| = k} |x\rangle,
          \qquad j = N/2,\quad m = j - k,

where k is the number of qubits in |1> (qubit 0 is the most significant bit of the basis index).
The basis is ordered m = j, j-1, ..., -j (index k = j - m), which is qutip's ordering
(``qutip.spin_state(j, m) = basis(2j+1, j - m)``, ``qutip.jmat(j, "z") = diag(j, ..., -j)``), so
|0...0> is m = +j, the collective operators :math:`J_a = \sum_q \sigma_a^{(q)}/2` restrict to
``qutip.jmat(j, a)`` and |0> is spin up (:math:`\sigma_z = +1`).

The projected block :math:`V^\dagger\rho V` (V the :math:`2^N\times(N+1)` isometry of Dicke
columns) has trace :math:`1 - w_{out}`, with :math:`w_{out}` the weight outside the symmetric
subspace. The Wigner function is that of the normalised block, computed by
``qutip.spin_wigner`` (Agarwal's kernel, :math:`W = \sum_{kq}\rho_{kq}Y_{kq}(\theta,\phi)`), and
returned unchanged. Its normalisation, checked numerically against qutip 5.3, is
:math:`\int W \sin\theta\, d\theta\, d\phi = \sqrt{4\pi/(2j+1)}`, i.e.
:math:`\sqrt{(2j+1)/4\pi}\int W\,d\Omega = 1` (qutip's docstring states the reciprocal prefactor).
"""

from __future__ import annotations

import math

import numpy as np

from vqs import _checks
from vqs.errors import VqsError

SYMMETRIC_WEIGHT_FLOOR = 1e-12
"""Below this weight inside the symmetric subspace there is no spin state to show."""


def dicke_isometry(n_qubits: int) -> np.ndarray:
    """The :math:`2^N\\times(N+1)` real matrix whose column k is the Dicke state with k ones (m = N/2 - k)."""
    n = _check_n(n_qubits)
    d = 2**n
    ones = np.array([bin(x).count("1") for x in range(d)])
    v = np.zeros((d, n + 1))
    for k in range(n + 1):
        v[ones == k, k] = 1.0 / math.sqrt(math.comb(n, k))
    return v


def _check_n(n):
    return _checks.integer("n_qubits", n, 1)


def _density_matrix(state, n) -> np.ndarray:
    d = 2**n
    a = np.asarray(state, dtype=complex)
    if not np.all(np.isfinite(a)):
        raise VqsError("the state must be finite")
    if a.ndim == 1 or (a.ndim == 2 and 1 in a.shape and a.size == d):
        psi = a.reshape(-1)
        if psi.shape != (d,):
            raise VqsError(f"a state vector for N={n} qubits needs length {d}, got {a.size}")
        norm = np.linalg.norm(psi)
        if abs(norm - 1) > 1e-8:
            raise VqsError(f"the state vector must have unit norm, got {norm:.6g}")
        return np.outer(psi, psi.conj())
    if a.shape != (d, d):
        raise VqsError(f"a density matrix for N={n} qubits must be {d}x{d}, got shape {a.shape}")
    if not np.allclose(a, a.conj().T, atol=1e-10):
        raise VqsError("the density matrix must be Hermitian")
    tr = np.trace(a).real
    if abs(tr - 1) > 1e-8:
        raise VqsError(f"the density matrix must have unit trace, got {tr:.6g}")
    return a


def symmetric_projection(state, n_qubits: int, *, normalize: bool = False):
    """Project onto the symmetric subspace (spin j = N/2).

    ``state``: unit state vector (length 2^N) or unit-trace density matrix (2^N x 2^N).
    Returns ``(rho_sym, weight_outside)``: ``rho_sym`` is the (N+1)x(N+1) block in the Dicke basis
    m = j, ..., -j, with trace ``1 - weight_outside`` (divided by that trace if ``normalize``).
    """
    n = _check_n(n_qubits)
    rho = _density_matrix(state, n)
    v = dicke_isometry(n)
    block = v.T @ rho @ v
    block = 0.5 * (block + block.conj().T)
    inside = float(np.trace(block).real)
    weight_outside = float(min(max(1.0 - inside, 0.0), 1.0))
    if normalize:
        if inside < SYMMETRIC_WEIGHT_FLOOR:
            raise VqsError("the state has no weight in the symmetric subspace; its spin Wigner function is undefined")
        block = block / inside
    return block, weight_outside


def spin_wigner(state, n_qubits: int, n_theta: int = 61, n_phi: int = 121):
    """Spin Wigner function of the normalised symmetric part of ``state`` on a (theta, phi) grid.

    ``theta`` = ``n_theta`` points in [0, pi] (both poles included), ``phi`` = ``n_phi`` points in
    [0, 2 pi) (periodic, 2 pi excluded). Returns ``(theta, phi, W, weight_outside)`` with
    ``W[a, b]`` at ``(theta[a], phi[b])`` (qutip returns the transpose), qutip's values unchanged:
    :math:`\\int W\\sin\\theta\\,d\\theta\\,d\\phi = \\sqrt{4\\pi/(2j+1)}`.
    Needs qutip (``pip install 'vqs[wigner]'``).
    """
    try:
        import qutip
    except ImportError:
        raise VqsError("the spin Wigner function needs qutip: pip install 'vqs[wigner]'") from None
    n_theta, n_phi = _checks.integer("n_theta", n_theta, 2), _checks.integer("n_phi", n_phi, 1)
    block, weight_outside = symmetric_projection(state, n_qubits, normalize=True)
    theta = np.linspace(0.0, np.pi, int(n_theta))
    phi = np.linspace(0.0, 2 * np.pi, int(n_phi), endpoint=False)
    w, _, _ = qutip.spin_wigner(qutip.Qobj(block), theta, phi)  # w[i_phi, i_theta]
    return theta, phi, np.asarray(w).T.copy(), weight_outside
