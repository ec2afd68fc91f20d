"""Teleported probes: the channel a Werner link puts on a teleported qubit, and its QFI.

Teleporting a qubit through a Werner pair of fidelity F (standard protocol: Bell measurement on
the input and one half of the pair, Pauli correction on the other half) acts on the qubit as the
depolarizing channel

    rho -> lam rho + (1 - lam) I/2,     lam = (4F - 1)/3,

(Bennett et al. PRA 54, 3824 (1996); checked by an explicit simulation in the tests).

In the network the base station (BS) keeps qubit 0 and teleports qubits 1..N-1 to the sensing
nodes (SNs) before the sensing channel (``pre``); with ``round_trip`` each SN teleports its qubit
back after sensing (``post``). A probe's QFI is then that of the core sensing model with these
per-qubit maps, from :func:`vqs.physics.qfi.qfi_of_states` / :func:`vqs.physics.qfi.qfi_of_circuits`.
"""

from __future__ import annotations

import numpy as np

from vqs.errors import VqsError
from vqs.network.purification import bell_diagonal_matrix, check_bell, check_fidelity, werner
from vqs.physics.model.noise import apply_local_superops, depolarizing_superop

I2 = np.eye(2, dtype=complex)
_PAULIS = (
    I2,
    np.array([[0, 1], [1, 0]], dtype=complex),
    np.array([[0, -1j], [1j, 0]], dtype=complex),
    np.array([[1, 0], [0, -1]], dtype=complex),
)


def depolarizing_lambda(fidelity: float) -> float:
    """lam = (4F - 1)/3 of teleportation through a Werner pair of fidelity F."""
    return (4.0 * check_fidelity(fidelity, "link fidelity") - 1.0) / 3.0


def travelling_qubits(n_qubits: int, teleport_all: bool = False) -> tuple[int, ...]:
    """Qubits that travel: 1..N-1 (the BS keeps qubit 0), or all N with ``teleport_all``."""
    if isinstance(n_qubits, bool) or not isinstance(n_qubits, (int, np.integer)) or n_qubits < 1:
        raise VqsError(f"n_qubits must be an integer >= 1, got {n_qubits!r}")
    return tuple(range(n_qubits)) if teleport_all else tuple(range(1, n_qubits))


def teleport_maps(
    n_qubits: int,
    fidelity: float,
    round_trip: bool = False,
    teleport_all: bool = False,
) -> tuple[np.ndarray, np.ndarray | None]:
    """Per-qubit (N, 4, 4) ``pre`` and ``post`` maps for the sensing engine.

    ``pre``: depolarizing on the travelling qubits (BS -> SN), identity elsewhere.
    ``post``: the same again for the return trip (SN -> BS) when ``round_trip``, else None.
    """
    lam = depolarizing_lambda(fidelity)
    moving = travelling_qubits(n_qubits, teleport_all)
    pre = np.broadcast_to(np.eye(4, dtype=complex), (n_qubits, 4, 4)).copy()
    s = depolarizing_superop(lam)
    for q in moving:
        pre[q] = s
    post = pre.copy() if round_trip else None
    return pre, post


def apply_local_maps(rho: np.ndarray, maps: np.ndarray) -> np.ndarray:
    """Apply per-qubit superoperators (N, 4, 4) to an N-qubit density matrix (qubit 0 = MSB)."""
    return apply_local_superops(rho, maps)


def ghz_density(n_qubits: int) -> np.ndarray:
    d = 2**n_qubits
    v = np.zeros(d, dtype=complex)
    v[0] = v[-1] = 1 / np.sqrt(2)
    return np.outer(v, v.conj())


def ghz_teleported_qfi_closed_form(n_qubits: int, lam: float, t):
    """F_Q = t^2 N^2 lam^(2N) / (((1+lam)/2)^N + ((1-lam)/2)^N): GHZ, all N qubits teleported
    once through depolarizing lam, field omega Z/2 per qubit for time t, no other noise."""
    n = n_qubits
    t = np.asarray(t, dtype=float)
    return t**2 * n**2 * lam ** (2 * n) / (((1 + lam) / 2) ** n + ((1 - lam) / 2) ** n)


def pauli_channel_superop(coefficients) -> np.ndarray:
    """Superoperator of teleportation through a Bell-diagonal pair (Phi+, Psi-, Psi+, Phi-).

    The pair (I x s)|Phi+> applies the Pauli s to the teleported qubit: Phi+ -> I, Psi+ -> X,
    Psi- -> Y, Phi- -> Z. For a Werner pair this is the depolarizing channel of lam = (4F-1)/3.
    """
    a, b, c, d = check_bell(coefficients)
    weights = (a, c, b, d)  # I, X, Y, Z
    return sum(w * np.kron(s, s.conj()) for w, s in zip(weights, _PAULIS))


def teleport_maps_bell(
    n_qubits: int, coefficients, round_trip: bool = False, teleport_all: bool = False
) -> tuple[np.ndarray, np.ndarray | None]:
    """Like :func:`teleport_maps` for a Bell-diagonal (e.g. purified, not twirled) link."""
    s = pauli_channel_superop(coefficients)
    pre = np.broadcast_to(np.eye(4, dtype=complex), (n_qubits, 4, 4)).copy()
    for q in travelling_qubits(n_qubits, teleport_all):
        pre[q] = s
    return pre, (pre.copy() if round_trip else None)


def simulate_teleportation(rho_in: np.ndarray, pair_coefficients) -> np.ndarray:
    """Explicit teleportation of one qubit through a Bell-diagonal pair (reference for the tests).

    ``pair_coefficients``: a fidelity (Werner pair) or 4 Bell weights (Phi+, Psi-, Psi+, Phi-).
    Qubits (in, a, b): Bell measurement on (in, a), Pauli correction Z^m1 X^m2 on b, averaged
    over the four outcomes; returns the state of b.
    """
    if np.ndim(pair_coefficients) == 0:
        pair_coefficients = werner(pair_coefficients)
    pair = bell_diagonal_matrix(pair_coefficients)
    rho = np.kron(np.asarray(rho_in, dtype=complex), pair)
    h = np.array([[1, 1], [1, -1]], dtype=complex) / np.sqrt(2)
    cnot = np.eye(4, dtype=complex)[[0, 1, 3, 2]]
    u = np.kron(np.kron(h, I2), I2) @ np.kron(cnot, I2)
    rho = u @ rho @ u.conj().T
    out = np.zeros((2, 2), dtype=complex)
    x, z = _PAULIS[1], _PAULIS[3]
    for m1 in (0, 1):
        for m2 in (0, 1):
            proj = np.zeros((4, 4))
            proj[2 * m1 + m2, 2 * m1 + m2] = 1.0
            p = np.kron(proj, I2)
            r = (p @ rho @ p).reshape(4, 2, 4, 2)
            rb = np.einsum("iaib->ab", r)
            c = np.linalg.matrix_power(z, m1) @ np.linalg.matrix_power(x, m2)
            out += c @ rb @ c.conj().T
    return out
