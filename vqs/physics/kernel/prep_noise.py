r"""Kernel stage 1 with preparation noise: circuits -> mixed probe states, gate by gate.

With ``model.preparation_noise = (p1, p2)`` the probe is a density matrix: every gate of the
probe circuit (the GHZ preparation's H and CNOTs included) is followed by a depolarizing channel
on the qubits it acts on,

.. math:: \mathcal D_p^{(Q)}(\rho) = (1 - p)\,\rho + p\,\mathrm{Tr}_Q(\rho)\otimes \frac{I_Q}{2^{|Q|}},

with p = p1 after a one-qubit gate (H, RX, RY, RZ) and p = p2 after a two-qubit gate (CNOT, CRX)
on both its qubits; Qiskit's ``depolarizing_error(p, |Q|)`` is this channel. Pads (identity gene
slots) are no gates and get no noise.

:func:`prepared_states` is the jittable stage: ``(B, d, d)`` density matrices of padded circuits.
:func:`probe_rho0` feeds the sensing stage: the pure path of :mod:`vqs.physics.kernel.states`
(unchanged, bit for bit) when ``KernelModel.prep`` is None, else :func:`prepared_states`; that
None is part of the pytree structure, so the choice is static and the noiseless kernel compiles
exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import jax
import jax.numpy as jnp
import numpy as np

from ansatz import Circuit
from vqs.physics.kernel.states import PackedCircuits, _gate_matrices, circuit_states, compiled_states

_H = np.array([[1, 1], [1, -1]], dtype=complex) / np.sqrt(2)
_X = np.array([[0, 1], [1, 0]], dtype=complex)


def _apply_u(vec, u, control, target, n_qubits):
    """Apply a per-row 2x2 ``u`` (B, 2, 2) on ``target`` (B,), controlled by ``control`` (B,; -1:
    none), to vectors ``vec`` (B, d)."""
    d = vec.shape[-1]
    idx = jnp.arange(d)
    shift_t = (n_qubits - 1 - target)[:, None]
    tbit = (idx[None, :] >> shift_t) & 1
    mask = (1 << shift_t).astype(idx.dtype)
    a0 = jnp.take_along_axis(vec, idx[None, :] & ~mask, axis=1)
    a1 = jnp.take_along_axis(vec, idx[None, :] | mask, axis=1)
    u_row = jnp.take_along_axis(u, tbit[:, :, None] * jnp.ones((1, 1, 2), tbit.dtype), axis=1)
    new = u_row[..., 0] * a0 + u_row[..., 1] * a1
    shift_c = (n_qubits - 1 - jnp.maximum(control, 0))[:, None]
    active = jnp.where((control >= 0)[:, None], ((idx[None, :] >> shift_c) & 1) == 1, True)
    return jnp.where(active, new, vec)


def _conjugate(rho, u, control, target, n_qubits):
    """U rho U^dagger for the (controlled) gate of each row; rho (B, d, d) Hermitian."""
    on_columns = jax.vmap(lambda m: _apply_u(m, u, control, target, n_qubits), in_axes=2, out_axes=2)
    left = on_columns(rho)  # U rho
    return on_columns(jnp.conj(jnp.swapaxes(left, 1, 2)))  # U (U rho)^dagger = U rho U^dagger


def _mix_qubit(rho, q, n_qubits):
    """Tr_q(rho) ⊗ I/2 on qubit q (B,) of rho (B, d, d)."""
    d = rho.shape[-1]
    idx = jnp.arange(d)
    shift = (n_qubits - 1 - q)[:, None]
    mask = (1 << shift).astype(idx.dtype)
    bit = (idx[None, :] >> shift) & 1
    i0, i1 = idx[None, :] & ~mask, idx[None, :] | mask

    def block(r, a):
        return r[a[:, None], a[None, :]]

    total = jax.vmap(block)(rho, i0) + jax.vmap(block)(rho, i1)
    same = bit[:, :, None] == bit[:, None, :]
    return jnp.where(same, 0.5 * total, 0.0)


def _depolarize(rho, p, q1, q2, n_qubits):
    """(1 - p) rho + p Tr_Q(rho) ⊗ I/2^|Q| with Q = {q1} or {q1, q2} (q2 >= 0); p, q1, q2 (B,)."""
    mixed = _mix_qubit(rho, q1, n_qubits)
    mixed = jnp.where((q2 >= 0)[:, None, None], _mix_qubit(mixed, jnp.maximum(q2, 0), n_qubits), mixed)
    p = p[:, None, None]
    return (1 - p) * rho + p * mixed


def _ghz_rho(n_qubits: int, prep):
    """The GHZ preparation (H on wire 0, CNOT 0 -> i for i = 1..n-1) with its depolarizing noise, (1, d, d)."""
    d = 2**n_qubits
    rho = jnp.zeros((1, d, d), complex).at[0, 0, 0].set(1.0)
    one = jnp.ones(1, jnp.int32)
    rho = _conjugate(rho, jnp.asarray(_H)[None], -one, 0 * one, n_qubits)
    rho = _depolarize(rho, prep[0] * jnp.ones(1), 0 * one, -one, n_qubits)
    for i in range(1, n_qubits):
        rho = _conjugate(rho, jnp.asarray(_X)[None], 0 * one, i * one, n_qubits)
        rho = _depolarize(rho, prep[1] * jnp.ones(1), 0 * one, i * one, n_qubits)
    return rho


def prepared_states(circuits: PackedCircuits, n_qubits: int, prep):
    """Density matrices (B, d, d) of padded circuits prepared under depolarizing gate noise ``prep``
    = (p1, p2) (traced); ``circuits.ghz`` starts a row from the noisily prepared GHZ state."""
    d = 2**n_qubits
    prep = jnp.asarray(prep)
    zero = jnp.zeros((d, d), complex).at[0, 0].set(1.0)
    ghz = jnp.asarray(circuits.ghz)[:, None, None]
    rho = jnp.where(ghz, _ghz_rho(n_qubits, prep), zero[None])

    def step(rho, gene):
        k, c, t, a = gene
        rho = _conjugate(rho, _gate_matrices(k, a), c, t, n_qubits)
        p = jnp.where(k == 0, 0.0, jnp.where(c >= 0, prep[1], prep[0]))
        return _depolarize(rho, p, t, c, n_qubits), None

    genes = tuple(jnp.asarray(x).T for x in (circuits.kind, circuits.control, circuits.target, circuits.angle))
    rho, _ = jax.lax.scan(step, rho, genes)
    return rho


def probe_rho0(circuits: PackedCircuits, model):
    """Initial probe states (B, d, d) for the sensing stage of ``model`` (a
    :class:`~vqs.physics.kernel.sensing.KernelModel`): pure unless ``model.prep`` is set."""
    if model.prep is None:
        psi = circuit_states(circuits, model.n_wires)
        return psi[:, :, None] * jnp.conj(psi[:, None, :])
    return prepared_states(circuits, model.n_wires, model.prep)


_prepared = jax.jit(prepared_states, static_argnums=1)


def circuit_density_matrices(circuits: Circuit | Sequence[Circuit], preparation_noise=None) -> np.ndarray:
    """Probe density matrices (B, d, d) of circuits, prepared with depolarizing gate noise
    ``preparation_noise`` = (p1, p2), or pure (None)."""
    circuits = [circuits] if isinstance(circuits, Circuit) else list(circuits)
    packed = PackedCircuits.pack(circuits)
    if preparation_noise is None:
        psi = np.asarray(compiled_states(packed, circuits[0].n_qubits))
        return psi[:, :, None] * psi[:, None, :].conj()
    return np.asarray(_prepared(packed, circuits[0].n_qubits, jnp.asarray(preparation_noise, dtype=float)))
