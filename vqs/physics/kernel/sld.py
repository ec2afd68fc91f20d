r"""The symmetric logarithmic derivative (SLD) and the QFI matrix of one state, in numpy.

For a state :math:`\rho = \sum_i \lambda_i |i\rangle\langle i|` and its parameter derivatives
:math:`\partial_a\rho`, with :math:`D_a = \langle i|\partial_a\rho|j\rangle` in the eigenbasis,

.. math:: (L_a)_{ij} = \frac{2 (D_a)_{ij}}{\lambda_i + \lambda_j}, \qquad
          F_{ab} = \mathrm{Re}\,\mathrm{Tr}(\partial_a\rho\, L_b)
                 = 2\sum_{ij} \frac{\mathrm{Re}(\overline{(D_a)_{ij}} (D_b)_{ij})}{\lambda_i + \lambda_j},

summed over pairs with :math:`\lambda_i + \lambda_j >` :data:`EIG_CUTOFF`. Where the rank of
:math:`\rho` is locally constant the kernel-kernel block of :math:`\partial\rho` vanishes and the
dropped pairs carry only rounding noise. Where the rank changes with the parameter the SLD QFI
is discontinuous (Šafránek, PRA 95, 052320 (2017)); :mod:`vqs.physics.optimum.continuity` detects such points.

This is the one numpy implementation (the optimality certificate, the continuity check and the
test oracles use it); the batched JAX kernel (:mod:`vqs.physics.kernel.batched`) implements the same formula
with the same cut-off.
"""

from __future__ import annotations

import numpy as np

EIG_CUTOFF = 1e-12
"""Pairs of eigenvalues with :math:`\\lambda_i + \\lambda_j \\le` this are dropped (unit-trace states)."""


def eigen_parts(rho, drhos, cutoff: float = EIG_CUTOFF):
    """The SLDs in the eigenbasis of rho: eigenvalues ``lam`` (clipped at 0), eigenvectors ``vec``,
    the derivatives ``d_eig`` (P, d, d) and the SLDs ``l_eig`` (P, d, d) in that basis (zero on
    pairs below the cut-off). The one place the SLD is formed (the QFI matrix, the Holevo bound and
    its weak-commutativity diagnostic use it)."""
    rho = np.asarray(rho, dtype=complex)
    drhos = np.asarray(drhos, dtype=complex)
    rho = 0.5 * (rho + rho.conj().T)
    drhos = 0.5 * (drhos + np.swapaxes(drhos.conj(), -1, -2))
    lam, vec = np.linalg.eigh(rho)
    lam = np.clip(lam, 0.0, None)
    denom = lam[:, None] + lam[None, :]
    keep = denom > cutoff
    inv = np.where(keep, 1.0 / np.where(keep, denom, 1.0), 0.0)
    d_eig = vec.conj().T @ drhos @ vec
    return lam, vec, d_eig, 2.0 * d_eig * inv


def _eig_parts(rho, drhos, cutoff):
    _, vec, d_eig, l_eig = eigen_parts(rho, drhos, cutoff)
    return vec, d_eig, l_eig


def qfim(rho: np.ndarray, drhos: np.ndarray, cutoff: float = EIG_CUTOFF) -> np.ndarray:
    """QFI matrix of one state (numpy).

    Args:
        rho: the state (d, d).
        drhos: its parameter derivatives (P, d, d).
        cutoff: eigenvalue pairs with lambda_i + lambda_j <= cutoff are dropped.

    Returns:
        The (P, P) QFI matrix.

    Example:
        >>> rho = np.diag([1.0, 0.0]); drho = np.array([[[0, 1], [1, 0]]])
        >>> qfim(rho, drho)  # a pure qubit rotated out of |0>: F = 4
        array([[4.]])
    """
    _, d_eig, l_eig = _eig_parts(rho, drhos, cutoff)
    f = np.einsum("aij,bij->ab", d_eig.conj(), l_eig).real
    return 0.5 * (f + f.T)


def qfi_and_sld(rho: np.ndarray, drho: np.ndarray, cutoff: float = EIG_CUTOFF) -> tuple[float, np.ndarray]:
    """QFI of one parameter and its SLD ``L`` (zero on pairs below the cut-off)."""
    vec, d_eig, l_eig = _eig_parts(rho, np.asarray(drho)[None], cutoff)
    f = float(np.sum((d_eig[0].conj() * l_eig[0]).real))
    sld = vec @ l_eig[0] @ vec.conj().T
    return f, 0.5 * (sld + sld.conj().T)
