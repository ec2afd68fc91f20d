r"""Kernel stage 4: QFI matrices and the QCRB of batches of states, in JAX.

:math:`F_{ab} = \mathrm{Re}\,\mathrm{Tr}(\partial_a\rho\,L_b)` from the symmetric logarithmic
derivatives (the formula of :mod:`vqs.physics.kernel.sld`, batched, with the same cut-off
:data:`~vqs.physics.kernel.sld.EIG_CUTOFF`), with a custom JVP that never differentiates eigenvectors.

Derivative of the QFI (used by gradient refinement): with :math:`L_a` the SLDs,

.. math:: \delta F_{ab} = \mathrm{Re}\,\mathrm{Tr}\big(\delta\partial_a\rho\,L_b + L_a\,\delta\partial_b\rho
          - \tfrac12\{L_a, L_b\}\,\delta\rho\big),

which follows from :math:`\rho L + L \rho = 2\partial\rho`; it is smooth through degenerate and
rank-deficient spectra, where eigenvector derivatives are not.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp

from vqs.physics.kernel.sld import EIG_CUTOFF  # one cut-off for the numpy and JAX paths
from vqs.physics.model.nodes import EIG_RTOL, RANGE_TOL


def _sld_parts(rho, drho):
    """Eigen-decomposition, SLDs in the eigenbasis, and the QFIM. rho (...,d,d), drho (...,P,d,d)."""
    lam, vec = jnp.linalg.eigh(rho)
    lam = jnp.clip(lam, 0.0, None)
    denom = lam[..., :, None] + lam[..., None, :]
    keep = denom > EIG_CUTOFF
    inv = jnp.where(keep, 1.0 / jnp.where(keep, denom, 1.0), 0.0)
    vh = jnp.conj(jnp.swapaxes(vec, -1, -2))
    d_eig = vh[..., None, :, :] @ drho @ vec[..., None, :, :]  # (..., P, d, d)
    l_eig = 2.0 * d_eig * inv[..., None, :, :]
    f = jnp.real(jnp.einsum("...aij,...bij->...ab", jnp.conj(d_eig), l_eig))
    return vec, vh, l_eig, 0.5 * (f + jnp.swapaxes(f, -1, -2))


@jax.custom_jvp
def qfim(rho, drho):
    """Quantum Fisher information matrix (..., P, P) of states rho (..., d, d), derivatives (..., P, d, d)."""
    return _sld_parts(rho, drho)[3]


@qfim.defjvp
def _qfim_jvp(primals, tangents):
    rho, drho = primals
    t_rho, t_drho = tangents
    vec, vh, l_eig, f = _sld_parts(rho, drho)
    t_rho_e = vh @ t_rho @ vec
    t_drho_e = vh[..., None, :, :] @ t_drho @ vec[..., None, :, :]
    # Re Tr(dD_a L_b) + Re Tr(L_a dD_b) - 1/2 Re Tr({L_a, L_b} d rho)
    cross = jnp.real(jnp.einsum("...aij,...bji->...ab", t_drho_e, l_eig))
    anti = jnp.einsum("...aij,...bjk->...abik", l_eig, l_eig)
    anti = anti + jnp.swapaxes(anti, -3, -4)
    rho_term = jnp.real(jnp.einsum("...abik,...ki->...ab", anti, t_rho_e))
    df = cross + jnp.swapaxes(cross, -1, -2) - 0.5 * rho_term
    return f, df


def qcrb(f, weights):
    """Tr(W F^-1) for QFIMs f (..., P, P); +inf where F is singular (no pseudo-inverse).

    F is called singular when its smallest eigenvalue is <= 1e-10 times its largest (or <= 1e-300).
    """
    w_eig = jnp.linalg.eigvalsh(jax.lax.stop_gradient(f))
    singular = (w_eig[..., 0] <= 1e-10 * jnp.abs(w_eig[..., -1])) | (w_eig[..., -1] <= 1e-300)
    p = f.shape[-1]
    safe = jnp.where(singular[..., None, None], jnp.eye(p), f)
    val = jnp.trace(weights @ jnp.linalg.inv(safe), axis1=-2, axis2=-1).real
    return jnp.where(singular, jnp.inf, val)




def function_qcrb(f, w):
    r""":math:`w^T F^+ w` for QFIMs f (..., P, P) and the target's weights w (P,): the QCRB of
    :math:`q = w\cdot\theta` with the other directions nuisance; +inf where w is not in F's
    numerical range (the rule of :func:`vqs.physics.model.nodes.function_bound`, its numpy twin).

    Differentiable: with N the projector on F's numerical null space (held fixed) and s its largest
    eigenvalue, :math:`w^T (F + sN)^{-1} w` equals :math:`w^T F^+ w` when :math:`Nw = 0` and is smooth
    in F (no eigenvector derivative); for an invertible F it is :math:`w^T F^{-1} w`.
    """
    lam, u = jnp.linalg.eigh(jax.lax.stop_gradient(f))
    top = jnp.abs(lam[..., -1:])
    keep = (lam > EIG_RTOL * top) & (lam > 1e-300)
    proj = jnp.einsum("...ia,i->...a", u, w)
    residual = jnp.sqrt(jnp.sum(jnp.where(keep, 0.0, proj**2), axis=-1)) / jnp.linalg.norm(w)
    ok = residual <= RANGE_TOL
    null = jnp.einsum("...ia,...a,...ja->...ij", u, jnp.where(keep, 0.0, 1.0), u)
    m = f + jnp.maximum(top, 1e-300)[..., None] * null
    x = jnp.linalg.solve(m, jnp.broadcast_to(w, m.shape[:-1])[..., None])[..., 0]
    return jnp.where(ok, jnp.einsum("i,...i->...", w, x), jnp.inf)


def bound(f, weights, target=None):
    """The kernel's QCRB: Tr(W F^-1) (:func:`qcrb`), or with ``target`` w (the local field) w^T F^+ w
    (:func:`function_qcrb`)."""
    return qcrb(f, weights) if target is None else function_qcrb(f, target)
