"""Exact DEJMPS / BBPSSW against an explicit 4-qubit density-matrix simulation and known numbers."""

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.network.purification import (
    bbpssw_step,
    dejmps_step,
    purified_werner,
    purify,
    simulate_round,
    werner,
)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("protocol", ["dejmps", "bbpssw"])
def test_map_equals_four_qubit_simulation(seed, protocol):
    coeffs = np.random.default_rng(seed).dirichlet(np.ones(4))
    step = dejmps_step if protocol == "dejmps" else bbpssw_step
    out, p = step(coeffs)
    ref_out, ref_p = simulate_round(coeffs, protocol)
    assert np.max(np.abs(out - ref_out)) < 1e-12
    assert abs(p - ref_p) < 1e-12


def test_werner_06_one_round_dejmps():
    out, p = dejmps_step(werner(0.6))
    # A' = (0.36 + 0.4^2/9) / N, N = (0.6 + 0.4/3)^2 + (0.8/3)^2 = 137/225 -> A' = 85/137
    assert p == pytest.approx(137 / 225, abs=1e-15)
    assert out[0] == pytest.approx(85 / 137, abs=1e-15)
    assert round(out[0], 4) == 0.6204 and round(p, 4) == 0.6089
    # D' = 2 A B / N with B = 0.4/3 ; C' = B' (symmetric Werner input)
    assert out[3] == pytest.approx(2 * 0.6 * (0.4 / 3) / (137 / 225), abs=1e-15)


@pytest.mark.parametrize(
    "coeffs, expected, p",
    [
        ([1, 0, 0, 0], [1, 0, 0, 0], 1.0),  # pure Phi+ is a fixed point
        ([0.5, 0.5, 0, 0], [0.5, 0, 0, 0.5], 1.0),  # A'=(1/4+1/4)/1, D'=2*1/4
        ([0.5, 0, 0.5, 0], [0.5, 0, 0.5, 0], 0.5),  # N = 1/4 + 1/4
    ],
)
def test_dejmps_hand_cases(coeffs, expected, p):
    out, prob = dejmps_step(coeffs)
    assert np.allclose(out, expected, atol=1e-15)
    assert prob == pytest.approx(p)


def test_rounds_yield_and_monotone_fidelity():
    rounds = purify(werner(0.7), 4, "dejmps")
    assert [r.round for r in rounds] == [0, 1, 2, 3, 4]
    y = 1.0
    for r in rounds[1:]:
        y *= r.success_probability / 2
        assert r.yield_ == pytest.approx(y, rel=1e-14)
        assert 0 < r.success_probability <= 1
    assert rounds[-1].fidelity > 0.95 and rounds[-1].yield_ < 1 / 16


@pytest.mark.parametrize("f, rounds", [(0.6, 1), (0.8, 3), (0.55, 5)])
def test_bbpssw_werner_formula(f, rounds):
    x = f
    for _ in range(rounds):
        x = (x * x + (1 - x) ** 2 / 9) / (x * x + 2 * x * (1 - x) / 3 + 5 * (1 - x) ** 2 / 9)
    fid, _ = purified_werner(f, rounds, "bbpssw")
    assert fid == pytest.approx(x, abs=1e-14)


@pytest.mark.parametrize(
    "coeffs, rounds, protocol, match",
    [
        ([0.5, 0.5, 0.5, 0.5], 1, "dejmps", "sum to 1"),
        ([1.2, -0.2, 0, 0], 1, "dejmps", ">= 0"),
        ([1, 0, 0], 1, "dejmps", "4 numbers"),
        ([1, 0, 0, 0], -1, "dejmps", "rounds"),
        ([1, 0, 0, 0], 1, "magic", "unknown protocol"),
    ],
)
def test_bad_input(coeffs, rounds, protocol, match):
    with pytest.raises(VqsError, match=match):
        purify(coeffs, rounds, protocol)


@pytest.mark.parametrize("f", [-0.1, 1.1, float("nan")])
def test_bad_fidelity(f):
    with pytest.raises(VqsError, match="fidelity"):
        werner(f)
