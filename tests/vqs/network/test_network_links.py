"""Fiber repeater chain and dual-downlink satellite: hand-computed cases and the Micius check."""

import math

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.network.config import NetworkConfig
from vqs.network.fiber import FiberParams, expected_max_geometric, fiber_chain
from vqs.network.satellite import (
    SatelliteParams,
    coverage_limit_km,
    downlink_efficiency,
    dual_downlink,
    geometry,
)
from vqs.network.study import crossovers


@pytest.mark.parametrize(
    "p, k, expected",
    [
        (0.3, 1, 1 / 0.3),
        (0.3, 2, 2 / 0.3 - 1 / (1 - 0.7**2)),
        (1.0, 5, 1.0),
        (0.5, 3, 3 / 0.5 - 3 / 0.75 + 1 / 0.875),
    ],
)
def test_expected_max_geometric(p, k, expected):
    assert float(expected_max_geometric(np.array(p), k)) == pytest.approx(expected, rel=1e-12)


def test_expected_max_geometric_small_p_limit():
    # max of k geometrics with p -> 0 approaches H_k / p
    p, k = 1e-9, 11
    h = sum(1 / j for j in range(1, k + 1))
    assert float(expected_max_geometric(np.array(p), k)) * p == pytest.approx(h, rel=1e-6)


def test_single_link_by_hand():
    prm = FiberParams(n_repeaters=0, coupling_efficiency=0.8, detector_efficiency=0.9, bsm_efficiency=0.5,
                      link_fidelity=0.95, memory_coherence_s=2.0, attempt_rate_hz=1e9)
    L = 100.0
    r = fiber_chain([L], prm)
    eta_arm = 0.8 * 10 ** (-0.2 * 50 / 10) * 0.9
    p = 0.5 * eta_arm**2
    tau = L / 2e5
    assert r.link_success[0] == pytest.approx(p, rel=1e-12)
    assert r.rate_hz[0] == pytest.approx(p / tau, rel=1e-9)
    w = (4 * 0.95 - 1) / 3 * math.exp(-2 * tau / 2.0)  # one link: no waiting, only the herald delay
    assert r.fidelity[0] == pytest.approx((3 * w + 1) / 4, rel=1e-12)


def test_chain_fidelity_without_decoherence_is_product_of_werner_parameters():
    """w(T) = w_link^k exp(-D/T), D the memories' total waiting (independent of the coherence time T):
    -T ln(w / w_link^k) is the same D at every T, so w tends to the product of the Werner parameters."""
    w_product = ((4 * 0.97 - 1) / 3) ** 5
    waits = []
    for coherence in (1e5, 1e6):  # 1e6 s: the largest coherence time FiberParams and the config accept
        r = fiber_chain([10.0, 500.0], FiberParams(n_repeaters=4, link_fidelity=0.97, memory_coherence_s=coherence))
        w = (4 * r.fidelity - 1) / 3
        assert np.all(w < w_product)
        waits.append(-coherence * np.log(w / w_product))
    assert np.all(waits[0] > 0)
    assert np.allclose(waits[0], waits[1], rtol=1e-6)


def test_fiber_rate_falls_with_distance_and_multiplexing_helps():
    d = [100.0, 500.0, 1500.0]
    r1 = fiber_chain(d, FiberParams())
    r10 = fiber_chain(d, FiberParams(multiplexing=10))
    assert np.all(np.diff(r1.rate_hz) < 0)
    assert np.all(r10.rate_hz > r1.rate_hz)


@pytest.mark.parametrize(
    "L, h",
    [(0.0, 400.0), (1000.0, 400.0), (1203.0, 500.0)],
)
def test_geometry_matches_law_of_cosines(L, h):
    R = 6371.0
    d, e = geometry(L, h)
    phi = L / (2 * R)
    x, y = (R + h) * math.sin(phi), (R + h) * math.cos(phi) - R  # satellite seen from the station
    assert float(d) == pytest.approx(math.hypot(x, y), rel=1e-12)
    assert float(e) == pytest.approx(math.degrees(math.atan2(y, x)), abs=1e-9)


def test_coverage_limit_has_min_elevation():
    prm = SatelliteParams(altitude_km=400.0, min_elevation_deg=20.0)
    lim = coverage_limit_km(prm)
    _, e = geometry(lim, 400.0)
    assert float(e) == pytest.approx(20.0, abs=1e-9)
    r = dual_downlink([lim * 0.99, lim * 1.01], prm)
    assert r.in_view.tolist() == [True, False]
    assert r.rate_hz[1] == 0 and np.isnan(r.fidelity[1])


def test_diffraction_only_downlink():
    prm = SatelliteParams(wavelength_nm=1000.0, tx_waist_m=0.1, rx_aperture_m=1.0, pointing_jitter_urad=0.0,
                          zenith_transmittance=1.0, rx_efficiency=1.0)
    d = 1000.0  # km, at zenith
    zr = math.pi * 0.1**2 / 1e-6
    w = 0.1 * math.sqrt(1 + (1e6 / zr) ** 2)
    assert float(downlink_efficiency(d, 90.0, prm)) == pytest.approx(1 - math.exp(-2 * 0.25 / w**2), rel=1e-12)


def _stored(f, distance_km, t_mem=1.0, c=2.0e5):
    """The memory decay of both halves during the classical wait L / c (docs/network.md)."""
    w = (4 * f - 1) / 3 * np.exp(-2 * distance_km / c / t_mem)
    return (3 * w + 1) / 4


def test_background_free_fidelity_is_source_fidelity_and_accidentals_lower_it():
    clean = SatelliteParams(background_cps=0.0, coincidence_window_s=1e-15, source_fidelity=0.9,
                            memory_coherence_s=1e6)  # memories that do not decay: the source's fidelity
    assert dual_downlink([500.0], clean).fidelity[0] == pytest.approx(0.9, abs=1e-6)
    noisy = SatelliteParams(background_cps=1e5, coincidence_window_s=1e-8, source_fidelity=0.9)
    r = dual_downlink([500.0], noisy)
    eta = r.eta_link[0]
    c = 5.9e6 * eta**2
    a = (5.9e6 * eta + 1e5) ** 2 * 1e-8
    assert r.fidelity[0] == pytest.approx(_stored((0.9 * c + a / 4) / (c + a), 500.0), rel=1e-12)
    assert r.rate_hz[0] == pytest.approx(c + a, rel=1e-12)


@pytest.mark.parametrize("distance_km, t_mem", [(100.0, 1.0), (1000.0, 1.0), (1000.0, 0.01), (1500.0, 0.1)])
def test_satellite_memories_decay_as_the_fiber_chain_end_nodes(distance_km, t_mem):
    """Each station stores its half for the classical wait L / c_fiber: w -> w exp(-2 L / (c T_mem)),
    with the fiber's T_mem and c (NetworkConfig passes them)."""
    cfg = NetworkConfig.model_validate({"fiber": {"memory_coherence_s": t_mem}})
    sat = cfg.satellite.params(cfg.fiber)
    assert sat.memory_coherence_s == t_mem and sat.c_classical_km_per_s == cfg.fiber.c_fiber_km_per_s
    fresh = dual_downlink([distance_km], SatelliteParams(memory_coherence_s=1e9)).fidelity[0]
    assert dual_downlink([distance_km], sat).fidelity[0] == pytest.approx(_stored(fresh, distance_km, t_mem),
                                                                         rel=1e-9)


def test_micius_two_downlink_loss_in_reported_range():
    # Micius-like: 500 km altitude, stations 1203 km apart (Yin et al., Science 2017: 64-82 dB);
    # other values are the shipped defaults (configs/network.yaml).
    sat = NetworkConfig().satellite.model_copy(update={"altitude_km": 500.0, "min_elevation_deg": 10.0})
    r = dual_downlink([1203.0], sat.params())
    assert 64.0 <= r.loss_db[0] <= 82.0
    assert 1590.0 <= 2 * r.slant_range_km[0] <= 2400.0  # reported summed length: 1600-2400 km


def test_shipped_defaults_crossovers_are_sign_changes():
    cfg = NetworkConfig()
    c = crossovers(cfg)
    for x in c["rate"]["crossings_km"]:
        sat, fib = cfg.satellite.params(), cfg.fiber.params()
        lo = dual_downlink([x * 0.99], sat).rate_hz[0] - fiber_chain([x * 0.99], fib).rate_hz[0]
        hi = dual_downlink([x * 1.01], sat).rate_hz[0] - fiber_chain([x * 1.01], fib).rate_hz[0]
        assert lo * hi < 0
    assert c["rate"]["crossings_km"], "the satellite should overtake the fiber chain in rate"


@pytest.mark.parametrize("bad", [[-5.0], [0.0], [float("nan")]])
def test_fiber_rejects_bad_distance(bad):
    with pytest.raises(VqsError, match="distance"):
        fiber_chain(bad)


def test_satellite_rejects_bad_params():
    with pytest.raises(VqsError, match="source_fidelity"):
        dual_downlink([100.0], SatelliteParams(source_fidelity=1.5))
    with pytest.raises(VqsError, match="distances"):
        dual_downlink([-1.0])
