"""Fiber timing model (rate and fidelity share one), satellite passes and duty cycle, and no numpy
warnings out to 10^5 km."""

import math

import numpy as np
import pytest

from vqs.network.config import NetworkConfig
from vqs.network.fiber import FiberParams, expected_max_geometric, fiber_chain
from vqs.network.satellite import (
    SatelliteParams,
    coverage_limit_km,
    dual_downlink,
    orbital_period_s,
    pairs_per_pass,
    pass_duration_s,
    time_averaged_rate,
)
from vqs.network.study import crossovers


def test_two_link_chain_by_hand():
    # one repeater, 100 km: two 50 km links, each heralded midway (25 km per arm)
    prm = FiberParams(n_repeaters=1, coupling_efficiency=0.8, detector_efficiency=0.9, bsm_efficiency=0.5,
                      swap_success=0.8, link_fidelity=0.95, memory_coherence_s=0.5, attempt_rate_hz=1e6)
    eta_arm = 0.8 * 10 ** (-0.2 * 25 / 10) * 0.9  # 0.72 * 10^-0.5 = 0.227684...
    p = 0.5 * eta_arm**2
    tau = 50.0 / 2e5  # 2.5e-4 s > 1/attempt_rate
    e_max = 2 / p - 1 / (1 - (1 - p) ** 2)  # E[max of two geometrics]
    wait = 100.0 / 2e5  # herald of the last link + swap outcome to the far end
    rate = 0.8 / (tau * (e_max - 1) + wait)
    w = ((4 * 0.95 - 1) / 3) ** 2 * math.exp(-2 * tau * 2 * (e_max - 1 / p) / 0.5) * math.exp(-2 * wait / 0.5)
    r = fiber_chain([100.0], prm)
    assert r.link_success[0] == pytest.approx(p, rel=1e-12)
    assert r.rate_hz[0] == pytest.approx(rate, rel=1e-12)
    assert r.fidelity[0] == pytest.approx((3 * w + 1) / 4, rel=1e-12)
    # the numbers themselves, so a change of formula on both sides cannot pass unnoticed
    assert p == pytest.approx(0.025920, abs=1e-6)
    assert r.rate_hz[0] == pytest.approx(54.59, abs=0.01)  # 0.8 / (2.5e-4 * 56.617 + 5e-4)


def _tail_sum_expected_max(p: float, k: int) -> float:
    """Independent: E[max] = sum_{m >= 0} P(max > m) = sum_m (1 - (1 - q^m)^k), q = 1 - p."""
    m = np.arange(0, int(60 / p) + 10)
    q_m = np.exp(m * math.log1p(-p))
    return float(np.sum(-np.expm1(k * np.log1p(-q_m[1:]))) + 1.0)


@pytest.mark.parametrize("L", [50.0, 100.0, 1000.0])
def test_fiber_rate_matches_independent_timeline_model(L):
    """Shipped defaults; the independent side takes E[M_k] from the tail sum and the round time
    from the timeline: (M_k - 1) attempts, then L/c for the last herald and the swap outcomes."""
    prm = NetworkConfig().fiber.params()
    k = prm.n_repeaters + 1
    L0 = L / k
    p = prm.bsm_efficiency * (prm.coupling_efficiency * 10 ** (-0.02 * L0 / 2) * prm.detector_efficiency) ** 2
    tau = max(L0 / prm.c_fiber_km_per_s, 1 / prm.attempt_rate_hz)
    e_max = _tail_sum_expected_max(p, k)
    expected = prm.swap_success**prm.n_repeaters / (tau * (e_max - 1) + L / prm.c_fiber_km_per_s)
    assert float(fiber_chain([L], prm).rate_hz[0]) == pytest.approx(expected, rel=1e-9)
    # the classical wait matters at short range: without it the rate would be ~25-35 % higher
    without = prm.swap_success**prm.n_repeaters / (tau * (e_max - 1))
    if L <= 100:
        assert without / expected > 1.2


def test_expected_max_expansion_joins_exact_sum():
    for k in (1, 2, 11, 30):
        lo, hi = expected_max_geometric(np.array([1e-6 * (1 - 1e-9), 1e-6]), k)
        assert lo == pytest.approx(hi, rel=1e-8)
    assert np.isinf(expected_max_geometric(np.array([0.0]), 5)[0])


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("n", [0, 1, 10, 29])
def test_no_numpy_warnings_to_1e5_km(n):
    d = np.geomspace(1.0, 1e5, 40)
    r = fiber_chain(d, FiberParams(n_repeaters=n))
    assert np.all(np.isfinite(r.rate_hz)) and np.all(r.rate_hz >= 0)
    assert np.all((r.fidelity >= 0.25 - 1e-12) & (r.fidelity <= 1))
    assert np.all(np.diff(r.rate_hz) <= 0)
    s = dual_downlink(d, SatelliteParams())
    assert np.all(s.rate_avg_hz[d > coverage_limit_km(SatelliteParams())] == 0)
    cfg = NetworkConfig(fiber=NetworkConfig().fiber.model_copy(update={"n_repeaters": n}))
    crossovers(cfg, points=200)


def test_pass_duration_and_default_duty_cycle():
    sat = SatelliteParams()
    t_orb = 2 * math.pi * math.sqrt((6371 + 400) ** 3 / 398600.4418)
    assert orbital_period_s(400.0) == pytest.approx(t_orb, rel=1e-12)
    g = coverage_limit_km(sat) / (2 * 6371)  # central half-angle of the usable arc
    assert float(pass_duration_s(0.0, sat)) == pytest.approx(2 * g / (2 * math.pi) * t_orb, rel=1e-12)
    assert float(pass_duration_s(0.0, sat)) == pytest.approx(241.8, abs=0.1)
    # the shipped default: one such pass per night-and-day, 241.8 s / 86400 s
    assert NetworkConfig().satellite.duty_cycle == round(float(pass_duration_s(0.0, sat)) / 86400, 4)
    # a separated pair of stations sees a shorter pass: cos(psi_max) = cos(g) / cos(phi)
    phi = 1200.0 / (2 * 6371)
    expected = math.acos(math.cos(g) / math.cos(phi)) / math.pi * t_orb
    assert float(pass_duration_s(1200.0, sat)) == pytest.approx(expected, rel=1e-12)
    assert float(pass_duration_s(coverage_limit_km(sat) * 1.001, sat)) == 0.0


def test_pass_integral_with_geometry_free_link():
    # no diffraction (huge aperture), no jitter, clear sky: the rate is constant during the pass
    sat = SatelliteParams(rx_aperture_m=1e4, pointing_jitter_urad=0.0, zenith_transmittance=1.0, duty_cycle=0.01)
    const = 5.9e6 * 0.05**2 + (5.9e6 * 0.05 + 100) ** 2 * 1e-9
    L = np.array([0.0, 800.0, 1500.0])
    assert np.allclose(dual_downlink(L, sat).rate_hz, const, rtol=1e-12)
    assert np.allclose(pairs_per_pass(L, sat), const * pass_duration_s(L, sat), rtol=1e-12)
    assert np.allclose(time_averaged_rate(L, sat), 0.01 * const * pass_duration_s(L, sat) / pass_duration_s(0.0, sat),
                       rtol=1e-12)


def test_time_average_is_below_overhead_rate_and_linear_in_duty():
    L = np.array([25.0, 500.0, 1500.0])
    a = dual_downlink(L, SatelliteParams(duty_cycle=1.0))
    b = dual_downlink(L, SatelliteParams(duty_cycle=0.01))
    assert np.all(a.rate_avg_hz < a.rate_hz)  # a pass is mostly far from overhead
    assert np.allclose(b.rate_avg_hz, 0.01 * a.rate_avg_hz, rtol=1e-12)
    assert np.array_equal(a.rate_hz, b.rate_hz)


def _with_duty(duty: float) -> NetworkConfig:
    cfg = NetworkConfig()
    return cfg.model_copy(update={"satellite": cfg.satellite.model_copy(update={"duty_cycle": duty})})


def test_duty_cycle_moves_the_time_averaged_crossover_only():
    c = {d: crossovers(_with_duty(d), points=400) for d in (1.0, 0.5, 0.3, 0.0028)}
    inst = {d: c[d]["rate"]["crossings_km"] for d in c}
    assert inst[1.0] == inst[0.5] == inst[0.0028] and len(inst[1.0]) == 1
    # averaged: the satellite leads on a window that shrinks as the duty cycle falls (it loses
    # again near the coverage limit, where the usable pass shrinks to nothing)
    (a1, b1), (a5, b5) = c[1.0]["rate_time_averaged"]["crossings_km"], c[0.5]["rate_time_averaged"]["crossings_km"]
    assert inst[1.0][0] < a1 < a5 < b5 < b1 < coverage_limit_km(SatelliteParams())
    # a 30 % duty cycle, and the shipped one (one pass a night): the fiber chain leads everywhere
    for d in (0.3, 0.0028):
        assert c[d]["rate_time_averaged"] == {"crossings_km": [], "ahead_at_start": "fiber"}
