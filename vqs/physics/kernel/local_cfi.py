r"""Kernel stage 4 for a local readout: outcome distributions of product measurements, and their CFI.

Qubit q is measured along the Bloch direction
:math:`(\sin\vartheta_q\cos\varphi_q, \sin\vartheta_q\sin\varphi_q, \cos\vartheta_q)`: the node
applies :math:`U_q = R_Y(-\vartheta_q)R_Z(-\varphi_q)` and reads out Z (outcome 0 = along +n). The
outcome probabilities of the product measurement are the diagonal of
:math:`U\rho U^\dagger`, :math:`U = U_0\otimes\cdots\otimes U_{N-1}`, and their derivatives the
diagonal of :math:`U\partial_a\rho\,U^\dagger`: no eigendecomposition. :func:`rotated_diagonal`
contracts one qubit at a time and keeps only the diagonal of that qubit, so the work shrinks by
half per qubit (about 4 x 4^N operations per matrix instead of the 2N x 4^N x 2 of the full
rotation). The classical Fisher information matrix is

.. math:: C_{ab} = \sum_{k:\,p_k > \epsilon} \partial_a p_k\,\partial_b p_k / p_k,
          \qquad \epsilon = \texttt{PROB\_CUTOFF}.

Every function is batched over leading axes (which broadcast), pure JAX and differentiable: the
one implementation used by :mod:`vqs.physics.readout.measurement` (one state, ``vqs measure``) and by the
batched kernel (:func:`vqs.physics.kernel.batched.score_local_from_rho0`, the local-CFI figures of merit).
"""

from __future__ import annotations

from functools import partial

import jax
import jax.numpy as jnp
import numpy as np

PROB_CUTOFF = 1e-12
"""Outcomes with p_k <= this are left out of the CFI sum."""

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def basis_change(angles):
    """(..., N, 2, 2) unitaries R_Y(-theta_q) R_Z(-phi_q) taking the +n_q direction to |0>; angles (..., N, 2)."""
    angles = jnp.asarray(angles)
    c, s = jnp.cos(angles[..., 0] / 2), jnp.sin(angles[..., 0] / 2)
    ry = jnp.stack([jnp.stack([c, s], -1), jnp.stack([-s, c], -1)], -2)
    ez = jnp.exp(0.5j * angles[..., 1])
    return ry * jnp.stack([ez, jnp.conj(ez)], -1)[..., None, :]  # RY(-theta) @ diag(e^{i phi/2}, e^{-i phi/2})


def _step_spec(n_qubits: int, q: int) -> str:
    """einsum spec contracting row and column index of qubit q with M[o, r, c] into outcome index o."""
    out, rows, cols = (_LETTERS[i * n_qubits:(i + 1) * n_qubits] for i in range(3))
    before = out[:q] + rows[q:] + cols[q:]
    after = out[:q + 1] + rows[q + 1:] + cols[q + 1:]
    return f"...{out[q]}{rows[q]}{cols[q]},...{before}->...{after}"


def rotated_diagonal(mat, units):
    """diag(U mat U^dag) for U = units[..., 0, :, :] (x) ... (x) units[..., N-1, :, :] (qubit 0 the most
    significant bit). mat (..., d, d), units (..., N, 2, 2); the leading axes broadcast. Real, (..., d)."""
    n = units.shape[-3]
    d = 2**n
    x = mat.reshape(mat.shape[:-2] + (2,) * (2 * n))
    for q in range(n):
        u = units[..., q, :, :]
        m = u[..., :, :, None] * jnp.conj(u)[..., :, None, :]  # M[o, r, c] = u[o, r] conj(u[o, c])
        x = jnp.einsum(_step_spec(n, q), m, x)
    return jnp.real(x.reshape(x.shape[:-n] + (d,)))


def parity_matrix(n_qubits: int) -> np.ndarray:
    """(2, 2^N): row 0 sums the outcomes of even parity, row 1 those of odd parity."""
    odd = np.array([bin(k).count("1") % 2 for k in range(2**n_qubits)])
    return np.stack([odd == 0, odd == 1]).astype(float)


@partial(jax.jit, static_argnames="parity")
def local_distribution(rho, drho, angles, parity: bool = False):
    """p (..., K) and d p (..., P, K) of the local projective measurement ``angles`` (..., N, 2) on
    states rho (..., d, d) with derivatives drho (..., P, d, d); K = 2^N, or 2 for ``parity`` (only
    the product of the N outcomes is kept). Leading axes broadcast."""
    units = basis_change(angles)
    p = rotated_diagonal(jnp.asarray(rho), units)
    dp = rotated_diagonal(jnp.asarray(drho), units[..., None, :, :, :])
    if parity:
        m = jnp.asarray(parity_matrix(units.shape[-3]))
        p, dp = p @ m.T, dp @ m.T
    return p, dp


@jax.jit
def cfim(p, dp):
    """Classical Fisher information matrices (..., P, P) of probabilities p (..., K) with derivatives dp (..., P, K)."""
    keep = p > PROB_CUTOFF
    inv = jnp.where(keep, 1.0 / jnp.where(keep, p, 1.0), 0.0)
    return jnp.einsum("...ak,...bk,...k->...ab", dp, dp, inv)
