"""The channel-extension bound: valid (above every probe), exact where it must be, and the
multi-task QCRB bound below a brute-force search at N = 2."""

import math

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.physics.model.kraus import hermitian, kraus_and_derivative
from vqs.physics.model.noise import superop_from_kraus
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.bounds import ce_bound, qcrb_lower_bound, qfi_bound_over_time
from vqs.physics.optimum.certificate import optimal_qfi
from vqs.physics.qfi import qfi_of_states

NOISES = ("amplitude_damping", "bit_flip", "dephasing", "depolarizing")


@pytest.mark.parametrize("noise", NOISES)
@pytest.mark.parametrize("task, point", [("single", (0.01,)), ("multi", (0.01, 0.02, 0.03))])
def test_kraus_family_reproduces_the_channel_and_its_derivative(noise, task, point):
    model = SensingModel(1, task, noise, 0.3, operating_point=point)
    s, ds = model.channel(1.7)
    for a in range(model.n_params):
        k, dk = kraus_and_derivative(s, ds[a])
        np.testing.assert_allclose(superop_from_kraus(k), s, atol=1e-12)
        # d/dtheta sum K (x) conj(K) = sum dK (x) conj(K) + K (x) conj(dK)
        deriv = sum(np.kron(dk[i], k[i].conj()) + np.kron(k[i], dk[i].conj()) for i in range(k.shape[0]))
        np.testing.assert_allclose(deriv, ds[a], atol=1e-10)
        # trace preservation to first order: sum dK^dag K + K^dag dK = 0
        tp = sum(dk[i].conj().T @ k[i] + k[i].conj().T @ dk[i] for i in range(k.shape[0]))
        np.testing.assert_allclose(tp, 0, atol=1e-10)


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_noiseless_bound_is_the_heisenberg_limit(n):
    """No noise: K = U, the bound at h = 0 is 4[n/4 + n(n-1)/4] t^2 = n^2 t^2, reached by GHZ."""
    t = 1.3
    model = SensingModel(n, "single", "none", 0.0, operating_point=(0.2,))
    s, ds = model.channel(t)
    value, _ = ce_bound(*kraus_and_derivative(s, ds[0]), n)
    assert value == pytest.approx(n**2 * t**2, rel=1e-9)


@pytest.mark.parametrize("noise", ["amplitude_damping", "bit_flip", "dephasing"])
@pytest.mark.parametrize("n", [1, 2, 3])
def test_bound_lies_above_the_best_probe(noise, n):
    """Every probe's QFI (the see-saw optimum over all inputs) is below the bound, at several times."""
    model = SensingModel(n, "single", noise, 0.1, operating_point=(0.01,))
    for t in (1.0, 4.0, 12.0):
        s, ds = model.channel(t)
        bound, _ = ce_bound(*kraus_and_derivative(s, ds[0]), n)
        best = optimal_qfi(model, t, starts=3, max_iter=300).qfi
        assert best <= bound * (1 + 1e-9)
        assert bound <= 4 * best  # and it is informative here (a sanity check, not a claim)


def test_any_h_gives_a_valid_bound():
    """The minimisation over h only tightens: random Hermitian h still bound the optimum."""
    model = SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=(0.0,))
    t = 5.0
    s, ds = model.channel(t)
    k, dk = kraus_and_derivative(s, ds[0])
    best = optimal_qfi(model, t, starts=3).qfi
    optimum, _ = ce_bound(k, dk, 2)
    rng = np.random.default_rng(0)
    r = k.shape[0]
    for _ in range(20):
        h = hermitian(rng.normal(size=r * r), r)
        dkh = dk - 1j * np.einsum("ij,jab->iab", h, k)
        alpha = np.einsum("iba,ibc->ac", dkh.conj(), dkh)
        beta = 1j * np.einsum("iba,ibc->ac", dkh.conj(), k)
        value = 4 * (2 * np.linalg.norm(alpha, 2) + 2 * np.linalg.norm(beta, 2) ** 2)
        assert value >= optimum * (1 - 1e-9) and value >= best


def test_dephasing_single_qubit_bound_is_tight():
    """N = 1 under dephasing: the bound equals the QFI of |+> (nothing beats it, ancilla or not)."""
    model = SensingModel(1, "single", "dephasing", 0.2, operating_point=(0.0,))
    for t in (0.5, 2.0, 6.0):
        s, ds = model.channel(t)
        bound, _ = ce_bound(*kraus_and_derivative(s, ds[0]), 1)
        plus = np.array([1, 1]) / math.sqrt(2)
        assert bound == pytest.approx(t**2 * math.exp(-2 * 0.2 * t), rel=1e-6)
        assert float(qfi_of_states(plus, model, [t]).qfi[0, 0]) == pytest.approx(bound, rel=1e-6)


@pytest.mark.slow  # 55-100 s per noise on 2 cores (a brute-force minimum over 302 inputs); run with -m slow
@pytest.mark.parametrize("noise", ["amplitude_damping", "bit_flip", "dephasing"])
def test_multi_bound_below_brute_force_n2(noise):
    """N = 2, per unit time: the certified QCRB bound (componentwise and incompatibility-aware) is
    below min_t t Tr F^-1 of 300 random inputs, GHZ and |+>^2 (brute force over the time grid)."""
    model = SensingModel(2, "multi", noise, 0.1, operating_point=(0.01, 0.01, 0.01))
    grid = np.geomspace(0.05, 50, 24)
    bound = qcrb_lower_bound(model, grid, "per_time")
    rng = np.random.default_rng(1)
    states = rng.normal(size=(300, 4)) + 1j * rng.normal(size=(300, 4))
    states /= np.linalg.norm(states, axis=1, keepdims=True)
    ghz = np.array([1, 0, 0, 1]) / math.sqrt(2)
    states = np.vstack([states, ghz, np.full(4, 0.5)])
    curve = qfi_of_states(states, model, grid)
    best = float(np.min(curve.qcrb * grid[None, :]))
    assert 0 < bound.qcrb <= best
    assert len(bound.components) == 3 and all(c.value > 0 for c in bound.components)
    assert bound.componentwise == pytest.approx(sum(1 / c.value for c in bound.components), rel=1e-12)
    assert bound.qcrb == max(bound.componentwise, bound.joint.qcrb)  # vqs.physics.optimum.multi_bound


def test_single_bound_over_time_interior_and_consistent():
    model = SensingModel(3, "single", "dephasing", 0.1)
    grid = np.geomspace(0.1, 50, 30)
    b = qfi_bound_over_time(model, grid, "per_time")
    assert not b.at_edge and grid[0] < b.t_star < grid[-1]
    assert b.value == pytest.approx(b.qfi / b.t_star, rel=1e-12)
    assert qcrb_lower_bound(model, grid, "per_time").qcrb == pytest.approx(1 / b.value, rel=1e-12)


def test_bound_checks_its_arguments():
    model = SensingModel(2, "single", "dephasing", 0.1)
    with pytest.raises(VqsError, match="parameter index"):
        qfi_bound_over_time(model, [1.0, 2.0], "per_time", param=1)
    with pytest.raises(VqsError, match="figure"):
        qfi_bound_over_time(model, [1.0, 2.0], "per_day")
    weighted = SensingModel(2, "multi", "dephasing", 0.1, operating_point=(0.01,) * 3,
                            weights=((1, 0.5, 0), (0.5, 1, 0), (0, 0, 1)))
    with pytest.raises(VqsError, match="diagonal"):
        qcrb_lower_bound(weighted, [1.0, 2.0], "per_time")
