r"""The Holevo bound of a circuit's probe state as a function of its angles and log t, with the gradient.

The state comes from the kernel's stages (:mod:`vqs.physics.kernel.states`, :mod:`vqs.physics.kernel.sensing`);
the bound from :func:`vqs.physics.kernel.holevo.hcrb` (numpy). The gradient is the envelope theorem's
(:class:`~vqs.physics.kernel.holevo.HolevoResult` ``grad_rho``, ``grad_drho``) pulled back through the
kernel by JAX: :math:`\partial C_H/\partial x = \partial_x [\mathrm{Re}\,\mathrm{Tr}(G_\rho\,\rho(x))
+ \sum_i \mathrm{Re}\,\mathrm{Tr}(G_i\,\partial_i\rho(x))]` at fixed :math:`G`. Cost per gradient:
one HCRB (numpy) and one reverse pass of the kernel for one state.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np

from vqs.physics.kernel.holevo import hcrb
from vqs.physics.kernel.prep_noise import probe_rho0
from vqs.physics.kernel.sensing import KernelModel, sense, sensing_maps
from vqs.physics.kernel.states import PackedCircuits


def _states_raw(angles, log_t, circuit: PackedCircuits, km: KernelModel):
    rho0 = probe_rho0(circuit._replace(angle=angles).batch(), km)
    rho, drho = sense(rho0, *sensing_maps(km, jnp.exp(log_t)[None]))
    return rho[0, 0], drho[0, 0]


def _pairing(angles, log_t, circuit, km, g_rho, g_drho):
    """Re Tr(G rho) + sum_i Re Tr(G_i d_i rho) of the circuit's state: its gradient is C_H's."""
    rho, drho = _states_raw(angles, log_t, circuit, km)
    return jnp.real(jnp.sum(g_rho.T * rho) + jnp.sum(jnp.swapaxes(g_drho, -1, -2) * drho))


_states = jax.jit(_states_raw)
_pullback = jax.jit(jax.grad(_pairing, argnums=(0, 1)))


def log_hcrb_and_grad(angles, log_t, circuit: PackedCircuits, km: KernelModel, weights, per_time: bool):
    """log C_H (per shot) or log(t C_H) (per time) of ONE padded circuit at time exp(log_t), and its
    gradient with respect to the (padded) angles and log t; (inf, zeros) where the QFI is singular.

    Example:
        >>> v, (g_a, g_log_t) = log_hcrb_and_grad(packed.angle, 0.5, packed, km, np.eye(3), False)  # doctest: +SKIP
    """
    angles = jnp.asarray(angles)
    log_t = jnp.asarray(log_t, dtype=float)
    rho, drho = _states(angles, log_t, circuit, km)
    r = hcrb(np.asarray(rho), np.asarray(drho), weights)
    if not (math.isfinite(r.value) and r.value > 0):
        return math.inf, (np.zeros(angles.shape), 0.0)
    g_angles, g_log_t = _pullback(angles, log_t, circuit, km, jnp.asarray(r.grad_rho), jnp.asarray(r.grad_drho))
    value = math.log(r.value) + (float(log_t) if per_time else 0.0)
    return value, (np.asarray(g_angles) / r.value, float(g_log_t) / r.value + (1.0 if per_time else 0.0))
