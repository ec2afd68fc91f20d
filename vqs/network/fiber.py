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

Then the ``n`` swaps each succeed with probability ``p_swap`` (a failure discards the chain),
so the rate of end-to-end pairs is

    R = p_swap^n / (tau * E[M_k]).

Fidelity: the Werner parameter ``w = (4F - 1)/3`` multiplies under swapping. A stored qubit
depolarises with ``exp(-t / T_mem)``; both halves of a waiting link are stored, and link ``i``
waits ``(M_k - T_i) tau``; the end nodes also hold their qubits while the swap outcomes travel
back (``L / c_fiber``). Mean-field (the decay evaluated at the mean waiting time; by Jensen this
is a lower bound on the mean Werner parameter):

    w = w_link^k * exp(-2 tau k (E[M_k] - 1/p_M) / T_mem) * exp(-2 (L / c_fiber) / T_mem)
    F = (3 w + 1) / 4.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import comb

from vqs.errors import VqsError


@dataclass(frozen=True)
class FiberParams:
    n_repeaters: int = 10
    attenuation_db_per_km: float = 0.2
    c_fiber_km_per_s: float = 2.0e5
    coupling_efficiency: float = 0.5
    detector_efficiency: float = 0.9
    bsm_efficiency: float = 0.5
    swap_success: float = 1.0
    link_fidelity: float = 0.99
    memory_coherence_s: float = 1.0
    multiplexing: int = 1
    attempt_rate_hz: float = 1.0e6


@dataclass(frozen=True)
class FiberResult:
    distance_km: np.ndarray
    rate_hz: np.ndarray
    fidelity: np.ndarray
    link_success: np.ndarray  # p_M per attempt
    attempt_time_s: np.ndarray


def expected_max_geometric(p, k: int):
    """E[max of k i.i.d. geometric(p) variables on {1, 2, ...}], exact alternating sum."""
    p = np.asarray(p, dtype=float)
    j = np.arange(1, k + 1)
    signs = (-1.0) ** (j + 1) * comb(k, j)
    # 1 - (1-p)^j computed without cancellation
    with np.errstate(divide="ignore"):
        denom = -np.expm1(j[None, :] * np.log1p(-np.clip(p.reshape(-1, 1), 0.0, 1.0 - 1e-16)))
    return (signs[None, :] / denom).sum(axis=1).reshape(p.shape)


def _check(params: FiberParams) -> None:
    if params.n_repeaters < 0 or params.n_repeaters > 29:
        raise VqsError(f"fiber n_repeaters must be in [0, 29], got {params.n_repeaters}")
    for name in ("coupling_efficiency", "detector_efficiency", "bsm_efficiency", "swap_success",
                 "link_fidelity"):
        v = getattr(params, name)
        if not 0.0 <= v <= 1.0:
            raise VqsError(f"fiber {name} must be in [0, 1], got {v}")
    for name in ("attenuation_db_per_km", "c_fiber_km_per_s", "memory_coherence_s", "attempt_rate_hz"):
        if getattr(params, name) <= 0:
            raise VqsError(f"fiber {name} must be > 0, got {getattr(params, name)}")
    if params.multiplexing < 1:
        raise VqsError(f"fiber multiplexing must be >= 1, got {params.multiplexing}")


def fiber_chain(distance_km, params: FiberParams = FiberParams()) -> FiberResult:
    """Rate (end-to-end pairs per second) and Werner fidelity of the chain at each distance."""
    _check(params)
    L = np.atleast_1d(np.asarray(distance_km, dtype=float))
    if not np.all(np.isfinite(L)) or np.any(L <= 0):
        raise VqsError(f"fiber distances must be > 0 km, got min {np.min(L) if L.size else L}")
    k = params.n_repeaters + 1
    L0 = L / k
    arm_loss = 10.0 ** (-params.attenuation_db_per_km * (L0 / 2.0) / 10.0)
    eta_arm = params.coupling_efficiency * arm_loss * params.detector_efficiency
    p = params.bsm_efficiency * eta_arm**2
    p_m = -np.expm1(params.multiplexing * np.log1p(-np.clip(p, 0.0, 1.0 - 1e-16)))
    tau = np.maximum(L0 / params.c_fiber_km_per_s, 1.0 / params.attempt_rate_hz)
    with np.errstate(divide="ignore", over="ignore"):
        e_max = expected_max_geometric(p_m, k)
        rate = params.swap_success ** params.n_repeaters / (tau * e_max)
        wait = tau * k * (e_max - 1.0 / p_m)  # total link-waiting time (s), mean
        w_link = (4.0 * params.link_fidelity - 1.0) / 3.0
        w = (w_link**k) * np.exp(-2.0 * wait / params.memory_coherence_s) * np.exp(
            -2.0 * (L / params.c_fiber_km_per_s) / params.memory_coherence_s
        )
    w = np.where(np.isfinite(w), w, 0.0)
    rate = np.where(np.isfinite(rate), rate, 0.0)
    fid = (3.0 * w + 1.0) / 4.0
    return FiberResult(L, rate, fid, p_m, tau)
