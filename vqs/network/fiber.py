"""Fiber repeater chain: entanglement rate and end-to-end Werner fidelity versus distance.

Model (formulas also in docs/network.md). ``n`` repeaters split the distance ``L`` into
``k = n + 1`` elementary links of length ``L0 = L / k``.

Elementary link (heralded, meet-in-the-middle): each memory emits a photon that travels
``L0 / 2`` of fiber to a Bell-measurement station in the middle.

    eta_arm   = eta_coupling * 10^(-alpha_dB * (L0/2) / 10) * eta_detector
    p         = eta_bsm * eta_arm^2                      (success probability per attempt)
    p_M       = 1 - (1 - p)^M                            (M multiplexed modes)
    tau       = max(L0 / c_fiber, 1 / attempt_rate)      (one attempt: photon out, herald back)

All ``k`` links are attempted in parallel; each needs a geometric number of attempts ``T_i``
with parameter ``p_M``; the chain is complete after ``M_k = max_i T_i`` attempts, with

    E[M_k] = sum_{j=1..k} (-1)^(j+1) C(k, j) / (1 - (1 - p_M)^j).

Timing model (one model for rate and fidelity). Attempt ``i`` is emitted at ``(i - 1) tau`` and
heralded ``L0 / c_fiber <= tau`` later. The last link's successful photon leaves at
``(M_k - 1) tau``; its herald, the ``n`` swaps and the swap outcomes reach the end nodes
``L0/c + (L - L0)/c = L / c_fiber`` after that (the classical wait). The end nodes' memories
are busy until then, so one round of the chain lasts

    T_round = tau (M_k - 1) + L / c_fiber

(for one link, ``k = 1`` and ``tau = L / c``, this is ``M_1 tau``: one attempt every ``tau``).
Each swap succeeds with probability ``p_swap`` (a failure discards the round), so the rate of
end-to-end pairs is

    R = p_swap^n / (tau (E[M_k] - 1) + L / c_fiber).

Fidelity: the Werner parameter ``w = (4F - 1)/3`` multiplies under swapping. A stored qubit
depolarises with ``exp(-t / T_mem)``; both halves of a waiting link are stored, and link ``i``
waits ``(M_k - T_i) tau``; the end nodes then hold their qubits during the same classical wait
``L / c_fiber`` that ends the round. Mean-field (the decay evaluated at the mean waiting time; by Jensen this is a
lower bound on the mean Werner parameter):

    w = w_link^k * exp(-2 tau k (E[M_k] - 1/p_M) / T_mem) * exp(-2 (L / c_fiber) / T_mem)
    F = (3 w + 1) / 4.

Numerics: ``p`` is formed in log space; below ``p_M = 1e-6`` the alternating sum is replaced by
its expansion ``E[M_k] = H_k / p_M + (1 - H_k)/2 + O(p_M)`` (``H_k`` the harmonic number), so
distances of 10^5 km give a rate that underflows quietly to 0 instead of ``inf - inf``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import numpy as np
from pydantic import Field
from scipy.special import comb

from vqs.config import checked_dataclass
from vqs.errors import VqsError

# The limits of every link parameter, stated once: FiberParams and the network config's fiber
# section (vqs.network.config.FiberConfig) both declare their fields with these types.
Repeaters = Annotated[int, Field(strict=True, ge=0, le=29)]
Efficiency = Annotated[float, Field(strict=True, ge=0, le=1)]
Attenuation = Annotated[float, Field(strict=True, gt=0, le=100)]
FiberLightSpeed = Annotated[float, Field(strict=True, gt=0, le=299792.458)]
CoherenceTime = Annotated[float, Field(strict=True, gt=0, le=1e6)]
Multiplexing = Annotated[int, Field(strict=True, ge=1, le=1_000_000)]
AttemptRate = Annotated[float, Field(strict=True, gt=0, le=1e12)]


@checked_dataclass
class FiberParams:
    """The repeater chain's parameters (see :class:`vqs.network.config.FiberConfig` for their
    meaning); the one validator of them (VqsError on a bad value)."""

    n_repeaters: Repeaters = 10
    attenuation_db_per_km: Attenuation = 0.2
    c_fiber_km_per_s: FiberLightSpeed = 2.0e5
    coupling_efficiency: Efficiency = 0.5
    detector_efficiency: Efficiency = 0.9
    bsm_efficiency: Efficiency = 0.5
    swap_success: Efficiency = 1.0
    link_fidelity: Efficiency = 0.99
    memory_coherence_s: CoherenceTime = 1.0
    multiplexing: Multiplexing = 1
    attempt_rate_hz: AttemptRate = 1.0e6


@dataclass(frozen=True)
class FiberResult:
    distance_km: np.ndarray
    rate_hz: np.ndarray
    fidelity: np.ndarray
    link_success: np.ndarray  # p_M per attempt
    attempt_time_s: np.ndarray


_SMALL_P = 1e-6  # below this, E[M_k] from its expansion in p (relative error O(p^2))


def _harmonic(k: int) -> float:
    return float(np.sum(1.0 / np.arange(1, k + 1)))


def _exact_expected_max(p, k: int) -> np.ndarray:
    """Alternating sum; for p >= _SMALL_P (the cancellation is then harmless)."""
    j = np.arange(1, k + 1)
    signs = (-1.0) ** (j + 1) * comb(k, j)
    # 1 - (1-p)^j computed without cancellation
    denom = -np.expm1(j[None, :] * np.log1p(-np.clip(p.reshape(-1, 1), 0.0, 1.0 - 1e-16)))
    return (signs[None, :] / denom).sum(axis=1).reshape(p.shape)


def expected_max_geometric(p, k: int):
    """E[max of k i.i.d. geometric(p) variables on {1, 2, ...}]: the exact alternating sum
    ``sum_j (-1)^(j+1) C(k, j) / (1 - (1-p)^j)``, and for ``p < 1e-6`` its expansion
    ``H_k / p + (1 - H_k) / 2`` (``inf`` at ``p = 0``)."""
    p = np.asarray(p, dtype=float)
    small = p < _SMALL_P
    out = np.empty_like(p)
    out[~small] = _exact_expected_max(p[~small], k)
    h = _harmonic(k)
    with np.errstate(divide="ignore"):
        out[small] = h / p[small] + (1.0 - h) / 2.0
    return out


def _log_expected_max(p_m: np.ndarray, ln_p_m: np.ndarray, k: int) -> np.ndarray:
    """ln E[M_k], finite even where ``p_m`` underflows (then from ``ln_p_m``)."""
    small = p_m < _SMALL_P
    h = _harmonic(k)
    out = np.empty_like(p_m)
    out[~small] = np.log(_exact_expected_max(p_m[~small], k))
    # ln(H_k / p + (1 - H_k)/2) = ln H_k - ln p + ln(1 + (1 - H_k) p / (2 H_k))
    out[small] = np.log(h) - ln_p_m[small] + np.log1p((1.0 - h) * p_m[small] / (2.0 * h))
    return out


def _excess_wait_attempts(p_m: np.ndarray, ln_p_m: np.ndarray, k: int) -> np.ndarray:
    """E[M_k] - 1/p_M (mean attempts a link waits for the slowest one), overflow-safe:
    ``(H_k - 1)/p + (1 - H_k)/2`` below ``1e-6``; ``exp`` is capped (the result only feeds
    ``exp(-...)``, where ~1e260 attempts and infinity give the same zero)."""
    small = p_m < _SMALL_P
    h = _harmonic(k)
    out = np.empty_like(p_m)
    out[~small] = _exact_expected_max(p_m[~small], k) - 1.0 / p_m[~small]
    out[small] = (h - 1.0) * np.exp(np.minimum(-ln_p_m[small], 600.0)) + (1.0 - h) / 2.0
    return out


def fiber_chain(distance_km, params: FiberParams = FiberParams()) -> FiberResult:
    """Rate (end-to-end pairs per second) and Werner fidelity of the chain at each distance."""
    L = np.atleast_1d(np.asarray(distance_km, dtype=float))
    if not np.all(np.isfinite(L)) or np.any(L <= 0):
        raise VqsError(f"fiber distances must be > 0 km, got min {np.min(L) if L.size else L}")
    k = params.n_repeaters + 1
    L0 = L / k
    with np.errstate(divide="ignore"):  # an efficiency of 0 gives ln p = -inf, p = 0, rate 0
        ln_arm = (np.log(params.coupling_efficiency) + np.log(params.detector_efficiency)
                  - params.attenuation_db_per_km * (L0 / 2.0) / 10.0 * np.log(10.0))
        ln_p = np.log(params.bsm_efficiency) + 2.0 * ln_arm
    p = np.exp(ln_p)  # underflows quietly to 0 beyond ~1e-308
    p_m = -np.expm1(params.multiplexing * np.log1p(-np.minimum(p, 1.0 - 1e-16)))
    with np.errstate(divide="ignore"):
        # where p_M underflows, M p << 1 and ln p_M = ln M + ln p
        ln_p_m = np.where(p_m > 1e-250, np.log(np.maximum(p_m, 1e-300)), np.log(params.multiplexing) + ln_p)
    tau = np.maximum(L0 / params.c_fiber_km_per_s, 1.0 / params.attempt_rate_hz)
    classical_wait = L / params.c_fiber_km_per_s  # swap outcomes to the end nodes
    # rate = p_swap^n / (tau (E[M_k] - 1) + L/c), the round time summed in log space
    ln_e = _log_expected_max(p_m, ln_p_m, k)
    with np.errstate(divide="ignore"):  # E[M_k] = 1 (p_M = 1): no attempt beyond the first
        ln_attempts = np.log(tau) + ln_e + np.log(-np.expm1(-ln_e))  # ln(tau (E - 1))
    ln_round = np.logaddexp(ln_attempts, np.log(classical_wait))
    rate = params.swap_success ** params.n_repeaters * np.exp(-ln_round)
    w_link = (4.0 * params.link_fidelity - 1.0) / 3.0
    with np.errstate(over="ignore"):  # an astronomically long wait: exp(-inf) = 0 is the limit
        decay = 2.0 * tau * k * _excess_wait_attempts(p_m, ln_p_m, k) / params.memory_coherence_s
    w = (w_link**k) * np.exp(-decay) * np.exp(-2.0 * classical_wait / params.memory_coherence_s)
    fid = (3.0 * w + 1.0) / 4.0
    return FiberResult(L, rate, fid, p_m, tau)
