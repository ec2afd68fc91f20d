"""Exact entanglement purification on Bell-diagonal two-qubit states: DEJMPS and BBPSSW.

A Bell-diagonal state is four probabilities in the DEJMPS order

    (A, B, C, D) = weights of (Phi+, Psi-, Psi+, Phi-),

the fidelity is ``A`` (overlap with Phi+). One round takes two identical pairs, applies the
protocol's local operations, measures the target pair in the computational basis on both sides
and keeps the control pair when the outcomes agree.

DEJMPS (Deutsch et al., PRL 77, 2818 (1996)): Alice applies Rx(pi/2), Bob Rx(-pi/2) to both of
their qubits (this swaps the Psi- and Phi- weights), then bilateral CNOTs. With
``N = (A + B)^2 + (C + D)^2`` the success probability,

    A' = (A^2 + B^2) / N,  B' = 2 C D / N,  C' = (C^2 + D^2) / N,  D' = 2 A B / N.

BBPSSW (Bennett et al., PRL 76, 722 (1996)): the pairs are first twirled to Werner form
``(F, (1-F)/3, (1-F)/3, (1-F)/3)``, then bilateral CNOTs and the same post-selection; the output
is twirled again, so each round maps a fidelity to a fidelity:

    F' = (F^2 + (1-F)^2/9) / N,   N = F^2 + 2F(1-F)/3 + 5(1-F)^2/9.

Yield: a round consumes two pairs and returns one with probability N, so after k rounds the
expected number of output pairs per input pair is ``prod_i N_i / 2^k``.

Everything here is plain numpy on float64 and is exact (no sampling).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vqs.errors import VqsError

BELL_ORDER = ("Phi+", "Psi-", "Psi+", "Phi-")
PROTOCOLS = ("dejmps", "bbpssw")
_TOL = 1e-9


def werner(fidelity: float) -> np.ndarray:
    """Bell-diagonal coefficients of the Werner state of the given fidelity."""
    f = check_fidelity(fidelity)
    r = (1.0 - f) / 3.0
    return np.array([f, r, r, r])


def check_fidelity(fidelity: float, name: str = "fidelity") -> float:
    try:
        f = float(fidelity)
    except (TypeError, ValueError):
        raise VqsError(f"{name} must be a number in [0, 1], got {fidelity!r}") from None
    if not np.isfinite(f) or not 0.0 <= f <= 1.0:
        raise VqsError(f"{name} must be in [0, 1], got {fidelity!r}")
    return f


def check_bell(coefficients) -> np.ndarray:
    """Validate four Bell-diagonal weights (non-negative, summing to 1) and return them."""
    try:
        c = np.asarray(coefficients, dtype=float)
    except (TypeError, ValueError):
        raise VqsError(f"Bell coefficients must be 4 numbers, got {coefficients!r}") from None
    if c.shape != (4,):
        raise VqsError(f"Bell coefficients must be 4 numbers (Phi+, Psi-, Psi+, Phi-), got {c.size}")
    if not np.all(np.isfinite(c)) or np.any(c < -_TOL):
        raise VqsError(f"Bell coefficients must be finite and >= 0, got {c.tolist()}")
    if abs(c.sum() - 1.0) > 1e-6:
        raise VqsError(f"Bell coefficients must sum to 1, got sum {c.sum():.6g}")
    c = np.clip(c, 0.0, None)
    return c / c.sum()


def dejmps_step(coefficients) -> tuple[np.ndarray, float]:
    """One DEJMPS round on two copies of a Bell-diagonal state: (output coefficients, success prob)."""
    a, b, c, d = check_bell(coefficients)
    n = (a + b) ** 2 + (c + d) ** 2
    out = np.array([a * a + b * b, 2.0 * c * d, c * c + d * d, 2.0 * a * b]) / n
    return out, float(n)


def bbpssw_step(coefficients) -> tuple[np.ndarray, float]:
    """One BBPSSW round: twirl to Werner, bilateral CNOT, post-select, twirl the output."""
    f = float(check_bell(coefficients)[0])
    n = f * f + 2.0 * f * (1.0 - f) / 3.0 + 5.0 * (1.0 - f) ** 2 / 9.0
    f_out = (f * f + (1.0 - f) ** 2 / 9.0) / n
    return werner(min(max(f_out, 0.0), 1.0)), float(n)


@dataclass(frozen=True)
class Round:
    """The state after one round (round 0 = the input)."""

    round: int
    coefficients: tuple[float, float, float, float]
    fidelity: float
    success_probability: float  # of this round (1.0 for round 0)
    yield_: float  # expected output pairs per input pair after this round

    def to_dict(self) -> dict:
        return {
            "round": self.round,
            "coefficients": list(self.coefficients),
            "fidelity": self.fidelity,
            "success_probability": self.success_probability,
            "yield": self.yield_,
        }


def purify(coefficients, rounds: int, protocol: str = "dejmps") -> list[Round]:
    """Run ``rounds`` recurrence rounds; return the input (round 0) and the state after each round."""
    protocol = str(protocol).lower()
    if protocol not in PROTOCOLS:
        raise VqsError(f"unknown protocol {protocol!r}; choose one of {', '.join(PROTOCOLS)}")
    rounds = check_rounds(rounds)
    state = check_bell(coefficients)
    step = dejmps_step if protocol == "dejmps" else bbpssw_step
    out = [Round(0, tuple(float(x) for x in state), float(state[0]), 1.0, 1.0)]
    y = 1.0
    for k in range(1, rounds + 1):
        state, p = step(state)
        y *= p / 2.0
        out.append(Round(k, tuple(float(x) for x in state), float(state[0]), p, y))
    return out


def check_rounds(rounds) -> int:
    if isinstance(rounds, bool) or not isinstance(rounds, (int, np.integer)) or rounds < 0:
        raise VqsError(f"rounds must be an integer >= 0, got {rounds!r}")
    if rounds > 64:
        raise VqsError(f"rounds must be <= 64, got {rounds}")
    return int(rounds)


def purified_werner(fidelity: float, rounds: int, protocol: str = "dejmps") -> tuple[float, float]:
    """Fidelity and yield after ``rounds`` rounds starting from a Werner pair."""
    last = purify(werner(fidelity), rounds, protocol)[-1]
    return last.fidelity, last.yield_


# --- explicit density-matrix simulation (used by the tests as the reference) -----------------

_BELL_VECTORS = {
    "Phi+": np.array([1, 0, 0, 1]) / np.sqrt(2),
    "Psi-": np.array([0, 1, -1, 0]) / np.sqrt(2),
    "Psi+": np.array([0, 1, 1, 0]) / np.sqrt(2),
    "Phi-": np.array([1, 0, 0, -1]) / np.sqrt(2),
}


def bell_diagonal_matrix(coefficients) -> np.ndarray:
    """4x4 density matrix (qubit order: Alice, Bob) of a Bell-diagonal state."""
    c = check_bell(coefficients)
    return sum(w * np.outer(_BELL_VECTORS[n], _BELL_VECTORS[n]) for w, n in zip(c, BELL_ORDER))


def bell_coefficients(rho: np.ndarray) -> np.ndarray:
    """Overlaps <B|rho|B> with the four Bell states (DEJMPS order)."""
    return np.array([np.real(_BELL_VECTORS[n].conj() @ rho @ _BELL_VECTORS[n]) for n in BELL_ORDER])


def _op(ops: dict[int, np.ndarray], n: int) -> np.ndarray:
    mats = [ops.get(q, np.eye(2)) for q in range(n)]
    out = mats[0]
    for m in mats[1:]:
        out = np.kron(out, m)
    return out


def _cnot(control: int, target: int, n: int) -> np.ndarray:
    p0 = np.diag([1.0, 0.0])
    p1 = np.diag([0.0, 1.0])
    x = np.array([[0.0, 1.0], [1.0, 0.0]])
    return _op({control: p0}, n) + _op({control: p1, target: x}, n)


def _rx(theta: float) -> np.ndarray:
    c, s = np.cos(theta / 2), np.sin(theta / 2)
    return np.array([[c, -1j * s], [-1j * s, c]])


def simulate_round(coefficients, protocol: str = "dejmps") -> tuple[np.ndarray, float]:
    """Explicit 4-qubit simulation of one round; qubits (A1, B1, A2, B2), pair 1 is kept.

    DEJMPS: Rx(pi/2) on A1, A2, Rx(-pi/2) on B1, B2; CNOT A1->A2 and B1->B2; measure A2 and B2
    in the computational basis; keep pair 1 when the outcomes agree.
    BBPSSW: the same without rotations, on twirled (Werner) inputs, output twirled.
    """
    c = check_bell(coefficients)
    if protocol == "bbpssw":
        c = werner(c[0])
    pair = bell_diagonal_matrix(c)
    # two pairs: (A1, B1) (A2, B2) -> reorder to A1 B1 A2 B2 (already in this order by kron)
    rho = np.kron(pair, pair).astype(complex)
    n = 4
    a1, b1, a2, b2 = 0, 1, 2, 3
    if protocol == "dejmps":
        u = _op({a1: _rx(np.pi / 2), a2: _rx(np.pi / 2), b1: _rx(-np.pi / 2), b2: _rx(-np.pi / 2)}, n)
        rho = u @ rho @ u.conj().T
    u = _cnot(b1, b2, n) @ _cnot(a1, a2, n)
    rho = u @ rho @ u.conj().T
    kept = np.zeros((4, 4), dtype=complex)
    for m in (0, 1):
        proj = np.diag([1.0 if i == m else 0.0 for i in range(2)])
        p = _op({a2: proj, b2: proj}, n)
        r = (p @ rho @ p).reshape(2, 2, 2, 2, 2, 2, 2, 2)
        # partial trace over A2, B2 (axes 2, 3 and 6, 7)
        kept += np.einsum("abcdefcd->abef", r).reshape(4, 4)
    prob = float(np.real(np.trace(kept)))
    out = bell_coefficients(kept / prob)
    if protocol == "bbpssw":
        out = werner(out[0])
    return out, prob
