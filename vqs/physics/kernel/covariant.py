r"""Kernel stages 3 and 4 for a noise that commutes with the signal: the QFI from the probe state alone.

For the single-parameter task (:math:`H = \omega Z/2` on every qubit) under a noise whose
Lindbladian commutes with the field's (:math:`[\mathcal D, \mathcal G] = 0`: dephasing, amplitude
damping, depolarising, none), sensing for time t is
:math:`\rho_\omega = U_\omega\,\sigma\,U_\omega^\dagger` with :math:`U_\omega = e^{-i\omega t J_z}`,
:math:`J_z = \sum_k Z_k/2` and :math:`\sigma = \Lambda_t^{\otimes N}(\rho_0)` the noise alone, so
:math:`\partial_\omega\rho = -i t[J_z, \rho]` needs no derivative of the channel, and the QFI does
not depend on the operating point. Two paths use this (:func:`kernel_path` picks one from the
model, before anything is compiled):

* :attr:`KernelPath.COVARIANT`: :math:`\rho` from the channel, :math:`\partial\rho` from the
  commutator, then the SLD QFI of :mod:`vqs.physics.kernel.qfim` (complex, any such noise).
* :attr:`KernelPath.DEPHASING`: a pure probe :math:`|\psi\rangle` under dephasing, whose channel is
  a Schur multiplier (coherences times :math:`c = e^{-\gamma t}`, populations kept). With Kraus
  operators :math:`K_S = \sqrt{w_S}\,Z_S` over subsets S of qubits,
  :math:`w_S = ((1+c)/2)^{N-|S|}((1-c)/2)^{|S|}`, the Gram matrix of the Kraus vectors
  :math:`K_S|\psi\rangle` and the generator in that basis are *real*:

  .. math:: A_{ST} = \sqrt{w_S w_T}\, f(S \oplus T), \quad
            M_{ST} = \sqrt{w_S w_T}\, f_h(S \oplus T), \quad
            f(U) = \sum_a p_a (-1)^{a\cdot U}, \quad f_h(U) = \sum_a p_a h_a (-1)^{a\cdot U},

  with :math:`p_a = |\psi_a|^2` and :math:`h_a` the eigenvalue of :math:`J_z` on basis state a
  (Walsh transforms, O(N 2^N)). :math:`\sigma = BB^\dagger`, :math:`A = B^\dagger B` with
  :math:`B = [K_S\psi]_S`, so :math:`\sigma` and :math:`A` share their nonzero spectrum, and writing
  :math:`(\lambda_i-\lambda_j)^2 = (\lambda_i+\lambda_j)^2 - 4\lambda_i\lambda_j` in the SLD sum,

  .. math:: F = 4t^2\Big(\sum_a p_a h_a^2 - 2\sum_{ij} \frac{(\tilde M_{ij})^2}{\lambda_i+\lambda_j}\Big)
              = 4t^2\big(\textstyle\sum_a p_a h_a^2 - \mathrm{qfim}(A, M)\big),

  :math:`\tilde M = V^T M V` in the eigenbasis of A. One *real* symmetric eigendecomposition per
  (probe, time) instead of a complex one (3x cheaper at N = 8), smooth in :math:`|\psi_a|^2` (no
  square roots of amplitudes), and differentiable through the eigenvector-free JVP of
  :func:`vqs.physics.kernel.qfim.qfim`. Pairs with :math:`\lambda_i+\lambda_j \le` the cut-off are dropped
  from the second sum only; the first is exact, so the value differs from the general kernel's by
  at most :math:`2\,\text{cut-off}\,\|tJ_z\|^2`. Being a difference, the form is exact to
  rounding of :math:`4t^2\langle J_z^2\rangle`, not of F: far past the optimal time, where F is
  many orders below that scale, the relative error grows (1e-9 at F / scale ~ 1e-7), and values
  below :data:`ROUNDING_FLOOR` times the scale (a product state's F = 0) are reported as 0, as the
  general kernel reports them.

Both paths give the general kernel's numbers (``tests/vqs/physics/kernel/test_covariant.py``).
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

import jax.numpy as jnp
import numpy as np

from vqs.names import Figure, Task
from vqs.physics.kernel.qfim import qfim
from vqs.physics.kernel.sensing import KernelModel, sense, sensing_maps

ROUNDING_FLOOR = 1e-13
r"""DEPHASING values below this times :math:`4t^2\langle J_z^2\rangle` are rounding noise: 0."""


class KernelPath(StrEnum):
    """How the kernel computes a QFI: from rho and d rho (any model), or for a signal-covariant
    noise (single task) from the state and the commutator, or by the real dephasing Gram form."""

    GENERAL = "general"
    COVARIANT = "covariant"
    DEPHASING = "dephasing"


def kernel_path(model, pre=None, post=None, figure: str | None = None) -> KernelPath:
    """The cheapest exact path for ``model`` (a :class:`~vqs.physics.model.sensing_model.SensingModel`) and, when
    given, ``figure`` (the local-CFI figures keep the general kernel: they need rho itself).

    COVARIANT needs the single task on the uniform model (one channel, one common field), no ancillas
    (its commutator takes J_z over every wire, so ancillas take the GENERAL path), no per-qubit maps
    before or after sensing (nor network links) and a dissipator
    that commutes with the field's generator; DEPHASING further needs a dissipator that only damps
    the coherences, equally, at a nonzero rate and without a phase (a Schur multiplier; without
    noise the Kraus weights vanish and their square roots have no derivative) and a pure probe (no
    ``model.preparation_noise``).
    """
    if (model.task != Task.SINGLE or model.ancillas or pre is not None or post is not None
            or model.links is not None or not model.uniform
            or (figure and Figure(figure).local)):
        return KernelPath.GENERAL
    d = np.asarray(model.dissipator())
    g = np.asarray(model.field_generators()[0])
    scale = max(1.0, float(np.abs(d).max()))
    if np.abs(d @ g - g @ d).max() > 1e-13 * scale:
        return KernelPath.GENERAL
    diagonal = np.abs(d - np.diag(np.diag(d))).max() <= 1e-15 * scale
    coherence = np.diag(d)
    if (diagonal and abs(coherence[0]) == 0 and abs(coherence[3]) == 0 and coherence[1] == coherence[2]
            and coherence[1].imag == 0 and coherence[1].real < 0 and model.preparation_noise is None):
        return KernelPath.DEPHASING  # a pure probe only: under preparation noise the probe is mixed
    return KernelPath.COVARIANT


@lru_cache(maxsize=16)
def _bit_tables(n_qubits: int):
    """J_z eigenvalues h (d,), Walsh signs (d, d), |S| (d,) and S xor T (d, d) for 2^n basis states."""
    d = 2**n_qubits
    idx = np.arange(d)
    bits = (idx[:, None] >> np.arange(n_qubits)[None, :]) & 1
    weight = bits.sum(axis=1)
    h = 0.5 * (n_qubits - 2 * weight)
    parity = (np.bitwise_count(idx[:, None] & idx[None, :]) & 1).astype(int)
    return h.astype(float), (1 - 2 * parity).astype(float), weight, idx[:, None] ^ idx[None, :]


def _jz(n_qubits: int):
    return jnp.asarray(_bit_tables(n_qubits)[0])


def covariant_qfi(rho0, model: KernelModel, times):
    """QFI matrices (B, T, 1, 1) of initial states rho0 (B, d, d) (COVARIANT path)."""
    s_k, ds_k = sensing_maps(model, times)
    rho, _ = sense(rho0, s_k, ds_k[:, :, :0])  # no parameter derivative: it is the commutator below
    h = _jz(model.n_wires)
    drho = (-1j * times[None, :, None, None] * (h[:, None] - h[None, :]) * rho)[:, :, None]
    return qfim(rho, drho)


def dephasing_qfi(psi, model: KernelModel, times):
    """QFI matrices (B, T, 1, 1) of pure probes psi (B, d) under dephasing (DEPHASING path)."""
    n = model.n_wires
    h, walsh, weight, xor = (jnp.asarray(x) for x in _bit_tables(n))
    p = jnp.real(psi * jnp.conj(psi))  # (B, d)
    f = p @ walsh  # Walsh transforms (B, d)
    f_h = (p * h) @ walsh
    c = jnp.exp(times * jnp.real(model.dissipator[1, 1]))  # coherence factor (T,)
    root_w = jnp.sqrt((1 + c)[:, None] / 2) ** (n - weight) * jnp.sqrt((1 - c)[:, None] / 2) ** weight  # (T, d)
    outer = root_w[:, :, None] * root_w[:, None, :]  # (T, d, d)
    gram = outer[None] * f[:, None][..., xor]  # (B, T, d, d)
    gen = outer[None] * f_h[:, None][..., xor]
    second = qfim(gram, gen[:, :, None])[..., 0, 0]  # (B, T)
    first = jnp.sum(p * h**2, axis=-1)[:, None]
    value = 4 * times**2 * jnp.where(first - second > ROUNDING_FLOOR * first, first - second, 0.0)
    return value[..., None, None]
