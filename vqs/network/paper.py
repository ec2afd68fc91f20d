"""Seed 000's formulas exactly as printed ("paper" mode), for reproducing its numbers.

Thakur et al., "Enhancing Secrecy Capacity and Detection Probability in IQSC via Entanglement
Purification". Equation numbers are the paper's. These are *not* all physical; the exact
physics lives in :mod:`vqs.network.purification` and the departures are listed in
docs/network.md:

- Eq. 5 is stated for F > 1/2 (the regime where purification can help); outside it the printed
  formula is meaningless (F = 0 -> 1.0 in one round, the maximally mixed 1/4 -> 0.5 -> 0.625),
  so the Eq. 5 functions refuse F <= 1/2 with a VqsError.
- Eq. 5 drops the (2(1-F)/3)^2 term (two Psi-type pairs that also agree) from the
  normalisation, so it overstates the fidelity gain (0.7025 instead of the exact 0.6204 from
  F0 = 0.6) and its "success probability" (F + (1-F)/3)^2 is too small.
- Eq. 11 is the exact Werner recurrence with F = 1 - e, but Eq. 12's success probability uses
  coefficients 0.5 and 0.2 where the exact ones are 2/3 and 5/9.
- Eq. 13 weights the capacity by p_succ but not by the 1/2 pair yield of a round.
- Eq. 15 (p_e' = alpha p_e^(2^n)) is a heuristic: purification acts on pair fidelity, not on the
  payload ratio p_e.
"""

from __future__ import annotations

import numpy as np

from vqs.errors import VqsError


def _arr(x, name: str, lo: float = 0.0, hi: float = 1.0) -> np.ndarray:
    a = np.asarray(x, dtype=float)
    if not np.all(np.isfinite(a)) or np.any(a < lo) or np.any(a > hi):
        raise VqsError(f"{name} must be in [{lo:g}, {hi:g}], got {x!r}")
    return a


def _eq5_domain(f, name: str = "fidelity") -> np.ndarray:
    a = _arr(f, name)
    if np.any(a <= 0.5):
        bad = float(np.min(a))
        raise VqsError(f"seed 000's Eq. 5 (paper mode) holds only for {name} > 1/2, got {bad:g}; "
                       "use the exact dejmps or bbpssw protocol")
    return a


def eq5_fidelity(f):
    """Eq. 5: F' = (F^2 + (1-F)^2/9) / (F + (1-F)/3)^2, for F > 1/2 (its stated domain)."""
    f = _eq5_domain(f)
    return (f * f + (1.0 - f) ** 2 / 9.0) / (f + (1.0 - f) / 3.0) ** 2


def eq5_success(f):
    """The denominator of Eq. 5, which the paper calls the probability of successful selection."""
    f = _eq5_domain(f)
    return (f + (1.0 - f) / 3.0) ** 2


def eq5_rounds(f0: float, rounds: int) -> np.ndarray:
    """Fidelity after 0..rounds iterations of Eq. 5 (the paper's Fig. 2); F0 > 1/2."""
    f = float(_eq5_domain(f0))
    out = [f]
    for _ in range(int(rounds)):
        f = float(eq5_fidelity(f))
        out.append(f)
    return np.array(out)


def binary_entropy(x):
    """Eq. 9: h(x) = -x log2 x - (1-x) log2(1-x), with h(0) = h(1) = 0."""
    x = np.clip(np.asarray(x, dtype=float), 0.0, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(x > 0, -x * np.log2(np.where(x > 0, x, 1.0)), 0.0)
        t2 = np.where(x < 1, -(1 - x) * np.log2(np.where(x < 1, 1 - x, 1.0)), 0.0)
    return t1 + t2


def secrecy_capacity(e):
    """Eq. 10: C_s(e) = 1 - h(2e(1-e)) - h(e)."""
    e = _arr(e, "error rate")
    return 1.0 - binary_entropy(2.0 * e * (1.0 - e)) - binary_entropy(e)


def eq11_fidelity(e):
    """Eq. 11: F'(e) = ((1-e)^2 + e^2/9) / ((1 - 2e/3)^2 + 4e^2/9)."""
    e = _arr(e, "error rate")
    return ((1.0 - e) ** 2 + e * e / 9.0) / ((1.0 - 2.0 * e / 3.0) ** 2 + 4.0 * e * e / 9.0)


def eq12_success(e):
    """Eq. 12: p_succ(e) = (1-e)^2 + 0.5 e(1-e) + 0.2 e^2."""
    e = _arr(e, "error rate")
    return (1.0 - e) ** 2 + 0.5 * e * (1.0 - e) + 0.2 * e * e


def purified_secrecy_capacity(e):
    """Eqs. 13-14: C_2(e) = p_succ(e) (1 - h(2e'(1-e')) - h(e')), e' = 1 - F'(e)."""
    e2 = 1.0 - eq11_fidelity(e)
    e2 = np.clip(e2, 0.0, 1.0)
    return eq12_success(e) * secrecy_capacity(e2)


def payload_after(pe, rounds: int, alpha: float):
    """Eq. 15: p_e' = alpha * p_e^(2^n)."""
    pe = _arr(pe, "payload ratio p_e")
    return alpha * pe ** (2 ** int(rounds))


def variance(pe, m: float, n: int):
    """Table II: delta^2 theta = 1 / (p_e m N^2) (inf where p_e = 0)."""
    pe = _arr(pe, "payload ratio p_e")
    with np.errstate(divide="ignore"):
        return 1.0 / (pe * float(m) * float(n) ** 2)


def p_det1(pe, m: float):
    """Table II: P_det1 = 1 - ((5 + p_e)/6)^((1 - p_e) m / 2) (double-CNOT attack)."""
    pe = _arr(pe, "payload ratio p_e")
    return 1.0 - ((5.0 + pe) / 6.0) ** ((1.0 - pe) * float(m) / 2.0)


def p_det2(pe, k: float):
    """Table II: P_det2 = 1 - ((5 + p_e)/6)^k (man-in-the-middle attack)."""
    pe = _arr(pe, "payload ratio p_e")
    return 1.0 - ((5.0 + pe) / 6.0) ** float(k)


def zero_crossing(fn, lo: float = 1e-6, hi: float = 0.5) -> float:
    """First e in (lo, hi) where fn(e) changes sign from + to -, by bisection to 1e-12."""
    grid = np.linspace(lo, hi, 20001)
    vals = fn(grid)
    idx = np.nonzero((vals[:-1] > 0) & (vals[1:] <= 0))[0]
    if idx.size == 0:
        raise VqsError("no zero crossing in the range")
    a, b = grid[idx[0]], grid[idx[0] + 1]
    for _ in range(100):
        mid = 0.5 * (a + b)
        if fn(np.array(mid)) > 0:
            a = mid
        else:
            b = mid
        if b - a < 1e-13:
            break
    return float(0.5 * (a + b))
