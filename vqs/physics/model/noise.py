r"""Single-qubit noise: Lindblad generators, Kraus channels and superoperators.

Conventions
-----------
Density matrices are vectorised row-major, ``vec(rho)[2*i + j] = rho[i, j]``, so that

.. math:: \mathrm{vec}(A \rho B) = (A \otimes B^T)\,\mathrm{vec}(\rho),

and a channel with Kraus operators :math:`K_k` has the superoperator
:math:`S = \sum_k K_k \otimes \bar K_k`. The Hilbert-Schmidt adjoint of a map is the conjugate
transpose of its superoperator.

Noise models (decay rate :math:`\gamma`), each a list of Lindblad operators :math:`L`:

* ``amplitude_damping``: :math:`L = \sqrt{\gamma}\,\sigma_-`, :math:`\sigma_- = |0\rangle\langle 1|`
* ``bit_flip``:          :math:`L = \sqrt{\gamma/2}\,X`
* ``dephasing``:         :math:`L = \sqrt{\gamma/2}\,Z`
* ``depolarizing``:      :math:`L_k = \sqrt{\gamma/4}\,\sigma_k`, k = x, y, z
* ``none``:              no operator

With no field, evolving for time t gives exactly PennyLane's ``AmplitudeDamping(1-e^{-gamma t})``,
``BitFlip((1-e^{-gamma t})/2)``, ``PhaseFlip((1-e^{-gamma t})/2)`` and (for depolarizing) the
Bloch-vector contraction ``r -> e^{-gamma t} r``: see :func:`zero_field_kraus`.
"""

from __future__ import annotations

import numpy as np

from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Noise

I2 = np.eye(2, dtype=complex)
X = np.array([[0, 1], [1, 0]], dtype=complex)
Y = np.array([[0, -1j], [1j, 0]], dtype=complex)
Z = np.array([[1, 0], [0, -1]], dtype=complex)
SIGMA_MINUS = np.array([[0, 1], [0, 0]], dtype=complex)

# name -> list of (rate factor c, operator A): L = sqrt(c * gamma) * A
NOISE_OPERATORS: dict[Noise, list[tuple[float, np.ndarray]]] = {
    Noise.AMPLITUDE_DAMPING: [(1.0, SIGMA_MINUS)],
    Noise.BIT_FLIP: [(0.5, X)],
    Noise.DEPHASING: [(0.5, Z)],
    Noise.DEPOLARIZING: [(0.25, X), (0.25, Y), (0.25, Z)],
    Noise.NONE: [],
}


def superop_from_kraus(kraus) -> np.ndarray:
    """:math:`S = \\sum_k K_k \\otimes \\bar K_k` (row-major vectorisation)."""
    kraus = np.asarray(kraus, dtype=complex)
    return sum(np.kron(k, k.conj()) for k in kraus)


def commutator_superop(h: np.ndarray) -> np.ndarray:
    """Superoperator of :math:`\\rho \\mapsto -i[h, \\rho]`."""
    h = np.asarray(h, dtype=complex)
    return -1j * (np.kron(h, I2) - np.kron(I2, h.T))


def dissipator_superop(op: np.ndarray) -> np.ndarray:
    """Superoperator of :math:`D[L]\\rho = L\\rho L^\\dagger - \\tfrac12\\{L^\\dagger L, \\rho\\}`."""
    op = np.asarray(op, dtype=complex)
    ldl = op.conj().T @ op
    return np.kron(op, op.conj()) - 0.5 * np.kron(ldl, I2) - 0.5 * np.kron(I2, ldl.T)


def noise_dissipator(noise: str, gamma: float) -> np.ndarray:
    """The 4x4 dissipative part of the single-qubit Lindbladian for ``noise`` at rate ``gamma``."""
    noise = _checks.noise(noise)
    out = np.zeros((4, 4), dtype=complex)
    for c, a in NOISE_OPERATORS[noise]:
        out += c * gamma * dissipator_superop(a)
    return out


def amplitude_damping_kraus(p: float) -> np.ndarray:
    r""":math:`K_0 = \begin{pmatrix}1&0\\0&\sqrt{1-p}\end{pmatrix}`,
    :math:`K_1 = \begin{pmatrix}0&\sqrt{p}\\0&0\end{pmatrix}` (|1> decays to |0> with probability p)."""
    return np.array([[[1, 0], [0, np.sqrt(1 - p)]], [[0, np.sqrt(p)], [0, 0]]], dtype=complex)


def bit_flip_kraus(p: float) -> np.ndarray:
    r""":math:`K_0 = \sqrt{1-p}\,I`, :math:`K_1 = \sqrt{p}\,X`."""
    return np.array([np.sqrt(1 - p) * I2, np.sqrt(p) * X])


def phase_flip_kraus(p: float) -> np.ndarray:
    r""":math:`K_0 = \sqrt{1-p}\,I`, :math:`K_1 = \sqrt{p}\,Z`."""
    return np.array([np.sqrt(1 - p) * I2, np.sqrt(p) * Z])


def depolarizing_kraus(p: float) -> np.ndarray:
    r"""PennyLane's convention: :math:`K_0 = \sqrt{1-p}\,I`, :math:`K_{x,y,z} = \sqrt{p/3}\,\sigma_{x,y,z}`;
    the Bloch vector shrinks by :math:`1 - 4p/3`."""
    return np.array([np.sqrt(1 - p) * I2] + [np.sqrt(p / 3) * s for s in (X, Y, Z)])


def depolarizing_superop(lam: float) -> np.ndarray:
    r"""Superoperator of :math:`\rho \mapsto \lambda\rho + (1-\lambda)\,\mathrm{Tr}(\rho)\, I/2`.

    Completely positive for :math:`-1/3 \le \lambda \le 1`. Teleportation through a Werner pair of
    fidelity F acts as this channel with :math:`\lambda = (4F-1)/3`.
    """
    lam = float(lam)
    if not -1 / 3 - 1e-12 <= lam <= 1 + 1e-12:
        raise VqsError(f"depolarizing parameter must lie in [-1/3, 1], got {lam}")
    return superop_from_kraus(depolarizing_kraus(0.75 * (1 - lam)))


def zero_field_kraus(noise: str, gamma: float, t: float) -> np.ndarray:
    """Kraus operators of the noise alone acting for time ``t`` (the exact solution at zero field)."""
    noise = _checks.noise(noise)
    decay = 1.0 - np.exp(-gamma * t)
    if noise == "amplitude_damping":
        return amplitude_damping_kraus(decay)
    if noise == "bit_flip":
        return bit_flip_kraus(decay / 2)
    if noise == "dephasing":
        return phase_flip_kraus(decay / 2)
    if noise == "depolarizing":
        return depolarizing_kraus(0.75 * decay)
    return np.array([I2])


def choi_from_superop(superop: np.ndarray) -> np.ndarray:
    """Choi matrix :math:`\\sum_{ij} |i\\rangle\\langle j| \\otimes S(|i\\rangle\\langle j|)`."""
    s = np.asarray(superop).reshape(2, 2, 2, 2)  # [a, b, i, j]: out (a,b) from in (i,j)
    return np.einsum("abij->iajb", s).reshape(4, 4)


def apply_qubit_superop(superop: np.ndarray, x: np.ndarray, k: int, n: int) -> np.ndarray:
    """Apply a 4x4 superoperator to qubit ``k`` of n-qubit density tensors: ``x`` has shape
    (...,) + (2,)*2n, any leading (batch) axes kept."""
    s = np.asarray(superop).reshape(2, 2, 2, 2)  # [a, b, i, j]: out[a, b] = sum_ij s[a,b,i,j] in[i,j]
    lead = x.ndim - 2 * n
    y = np.tensordot(s, x, axes=([2, 3], [lead + k, lead + n + k]))  # axes: a, b, rest...
    return np.moveaxis(y, (0, 1), (lead + k, lead + n + k))


def apply_local_superops(rho: np.ndarray, maps: np.ndarray) -> np.ndarray:
    """Apply per-qubit superoperators ``maps`` (N, 4, 4) to an N-qubit density matrix
    (qubit 0 the most significant bit); numpy, for references and small computations."""
    maps = np.asarray(maps)
    n = maps.shape[0]
    d = 2**n
    rho = np.asarray(rho, dtype=complex)
    if rho.shape != (d, d):
        raise VqsError(f"density matrix shape {rho.shape} does not match {n} qubits")
    x = rho.reshape((2,) * (2 * n))
    for k in range(n):
        x = apply_qubit_superop(maps[k], x, k, n)
    return x.reshape(d, d)


def apply_sensing(s: np.ndarray, ds: np.ndarray, rho: np.ndarray, n_sensors: int,
                  n_wires: int) -> tuple[np.ndarray, np.ndarray]:
    """The noisy state and its derivatives, numpy: ``(S^{⊗N} ⊗ id)(rho)`` and, for every parameter
    a, ``sum_k S⊗..⊗dS_a(k)⊗..⊗S ⊗ id (rho)`` by the product rule (3N contractions a parameter), the
    per-qubit map acting on the first ``n_sensors`` wires (the later wires untouched).

    The one numpy implementation (the certificate's, the continuity check's); the JAX kernel's is
    :func:`vqs.physics.kernel.sensing.sense`. ``s``: (4, 4), one map for every wire, or (n, 4, 4), one
    per wire (the network's links composed, :meth:`SensingModel.wire_channels`); ``ds``: (P, 4, 4) or
    (n, P, 4, 4) likewise; ``rho``: (..., d, d), d = 2^n_wires, any leading (batch) axes kept. Returns
    (``(..., d, d)``, ``(P, ..., d, d)``).
    """
    if s.ndim == 2:
        s, ds = np.broadcast_to(s, (n_sensors, 4, 4)), np.broadcast_to(ds, (n_sensors,) + ds.shape)
    d, p = 2**n_wires, ds.shape[1]
    lead = rho.shape[:-2]
    x = np.asarray(rho, dtype=complex).reshape(lead + (2,) * (2 * n_wires))
    dx = np.zeros((p,) + x.shape, complex)
    for k in range(n_sensors):
        dx = np.stack([apply_qubit_superop(s[k], dx[a], k, n_wires) + apply_qubit_superop(ds[k, a], x, k, n_wires)
                       for a in range(p)])
        x = apply_qubit_superop(s[k], x, k, n_wires)
    return x.reshape(lead + (d, d)), dx.reshape((p,) + lead + (d, d))
