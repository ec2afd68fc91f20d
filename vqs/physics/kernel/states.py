"""Kernel stage 1: circuits -> probe states (batched statevector simulation in JAX).

Circuits enter as :class:`PackedCircuits`, a NamedTuple pytree of the padded gene arrays of
:func:`ansatz.pack` (see :mod:`ansatz.arrays`): it passes through ``jit``/``vmap``/``scan`` as
one value. A gate on a traced wire is applied by gathering the two amplitudes that differ in the
target bit, O(2^N) per gene; pads are identities.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from ansatz import Circuit, CircuitArrays, pack


class PackedCircuits(NamedTuple):
    """Padded gene arrays of a batch of circuits: ``kind``/``control``/``target``/``angle`` (B, G)
    and ``ghz`` (B,) (or one circuit: (G,) and a scalar). A JAX pytree."""

    kind: np.ndarray
    control: np.ndarray
    target: np.ndarray
    angle: np.ndarray
    ghz: np.ndarray

    @classmethod
    def from_arrays(cls, arrays: CircuitArrays) -> PackedCircuits:
        return cls(arrays.kind, arrays.control, arrays.target, arrays.angle, arrays.ghz)

    @classmethod
    def pack(cls, circuits: Sequence[Circuit], max_genes: int | None = None) -> PackedCircuits:
        return cls.from_arrays(pack(list(circuits), max_genes))

    @property
    def batch_size(self) -> int:
        return int(self.kind.shape[0])

    def rows(self, lo: int, hi: int, size: int) -> PackedCircuits:
        """Rows ``lo:hi`` padded to ``size`` rows (see :func:`pad_rows`)."""
        return PackedCircuits(*(pad_rows(np.asarray(x)[lo:hi], size) for x in self))

    def row(self, i: int) -> PackedCircuits:
        """One circuit (gene arrays of shape (G,))."""
        return PackedCircuits(*(x[i] for x in self))

    def batch(self) -> PackedCircuits:
        """One circuit as a batch of one (adds the leading axis)."""
        return PackedCircuits(*(x[None] for x in self))


def pad_rows(arr: np.ndarray, size: int) -> np.ndarray:
    """Pad a batch to ``size`` rows by repeating its first row (results of pads are discarded)."""
    if arr.shape[0] == size:
        return arr
    pad = np.repeat(arr[:1], size - arr.shape[0], axis=0)
    return np.concatenate([arr, pad], axis=0)


def starting_states(n: int, starts: int, seed) -> list[np.ndarray]:
    """GHZ, then |+>^N, then Haar-like random pure states from ``np.random.default_rng(seed)``;
    the first ``starts`` of that list: the starts of the optimum searches over input states (the
    see-saw certificate, the multi-task and local-readout estimates)."""
    d = 2**n
    ghz = np.zeros(d, complex)
    ghz[0] = ghz[-1] = 1 / math.sqrt(2)
    plus = np.full(d, 1 / math.sqrt(d), complex)
    out = [ghz, plus][:starts]
    rng = np.random.default_rng(seed)
    while len(out) < starts:
        z = rng.standard_normal(d) + 1j * rng.standard_normal(d)
        out.append(z / np.linalg.norm(z))
    return out


def _gate_matrices(kind, angle):
    """(B, 2, 2) matrices for codes 0 (identity), 1 RX, 2 RY, 3 RZ, 4 CRX (target block = RX);
    kind and angle have shape (B,)."""
    c = jnp.cos(angle / 2)
    s = jnp.sin(angle / 2)
    one = jnp.ones_like(c)
    zero = jnp.zeros_like(c)
    ident = jnp.stack([jnp.stack([one, zero], -1), jnp.stack([zero, one], -1)], -2).astype(complex)
    rx = jnp.stack([jnp.stack([c, -1j * s], -1), jnp.stack([-1j * s, c], -1)], -2)
    ry = jnp.stack([jnp.stack([c, -s], -1), jnp.stack([s, c], -1)], -2).astype(complex)
    em, ep = jnp.exp(-0.5j * angle), jnp.exp(0.5j * angle)
    rz = jnp.stack([jnp.stack([em, zero], -1), jnp.stack([zero, ep], -1)], -2)
    table = jnp.stack([ident, rx, ry, rz, rx], 0)  # (5, B, 2, 2)
    return table[kind, jnp.arange(kind.shape[0])]


def _apply_gene(psi, kind, control, target, angle, n_qubits):
    """Apply one gene per batch row. psi (B, d); kind/control/target/angle (B,)."""
    d = psi.shape[-1]
    idx = jnp.arange(d)
    shift_t = (n_qubits - 1 - target)[:, None]
    tbit = (idx[None, :] >> shift_t) & 1
    mask = (1 << shift_t).astype(idx.dtype)
    i0 = idx[None, :] & ~mask
    i1 = idx[None, :] | mask
    a0 = jnp.take_along_axis(psi, i0, axis=1)
    a1 = jnp.take_along_axis(psi, i1, axis=1)
    u = _gate_matrices(kind, angle)  # (B, 2, 2)
    u_row = jnp.take_along_axis(u, tbit[:, :, None] * jnp.ones((1, 1, 2), tbit.dtype), axis=1)
    new = u_row[..., 0] * a0 + u_row[..., 1] * a1
    has_control = control >= 0
    shift_c = (n_qubits - 1 - jnp.maximum(control, 0))[:, None]
    cbit = (idx[None, :] >> shift_c) & 1
    active = jnp.where(has_control[:, None], cbit == 1, True)
    return jnp.where(active, new, psi)


def circuit_states(circuits: PackedCircuits, n_qubits: int):
    """Statevectors (B, 2^N) of padded circuits; ``circuits.ghz`` (B,) selects the GHZ initial state."""
    d = 2**n_qubits
    zero = jnp.zeros(d, complex).at[0].set(1.0)
    ghz_vec = jnp.zeros(d, complex).at[0].set(2**-0.5).at[d - 1].set(2**-0.5)
    psi = jnp.where(jnp.asarray(circuits.ghz)[:, None], ghz_vec[None, :], zero[None, :])

    def step(psi, gene):
        k, c, t, a = gene
        return _apply_gene(psi, k, c, t, a, n_qubits), None

    genes = tuple(jnp.asarray(x).T for x in (circuits.kind, circuits.control, circuits.target, circuits.angle))
    psi, _ = jax.lax.scan(step, psi, genes)  # scan over the gene axis
    return psi


compiled_states = jax.jit(circuit_states, static_argnums=1)
""":func:`circuit_states` compiled once per shape (padded gene count, batch, N), for callers outside a
jitted kernel: run eagerly, its ``lax.scan`` is lowered and compiled again on every call (measured:
0.9 s per state at N = 2, 60% of a Table 1 multi cell's run, in the HCRB time search)."""


def circuit_statevectors(circuits: Circuit | Sequence[Circuit]) -> np.ndarray:
    """Noiseless probe state vectors (B, 2^N) of circuits (qubit 0 the most significant bit)."""
    circuits = [circuits] if isinstance(circuits, Circuit) else list(circuits)
    return np.asarray(compiled_states(PackedCircuits.pack(circuits), circuits[0].n_qubits))
