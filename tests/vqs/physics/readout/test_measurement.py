"""CFI of measurements on the noisy probe state: bounds, closed forms, the SLD basis, the local search."""

import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ansatz import Circuit, Gene, random_genes
from vqs.physics.kernel.sld import qfim
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits
from vqs.physics.readout import measurement as m

NOISES = ("amplitude_damping", "bit_flip", "dephasing", "depolarizing")
POINT = {"single": (0.01,), "multi": (0.01, 0.02, 0.03)}


def _random_circuit(n, seed):
    rng = np.random.default_rng(seed)
    return Circuit(n, tuple(random_genes(rng, n, 6)), "ghz" if seed % 2 else "zero")


def _random_angles(rng, n):
    return np.stack([np.arccos(rng.uniform(-1, 1, n)), rng.uniform(0, 2 * np.pi, n)], -1)


def _plus_circuit(n):
    return Circuit(n, tuple(Gene("RY", q, None, math.pi / 2) for q in range(n)), "zero")


@pytest.mark.parametrize("task", ["single", "multi"])
@pytest.mark.parametrize("noise", NOISES)
def test_cfi_never_exceeds_the_qfi(task, noise):
    """C <= F as matrices for random circuits and random local (and parity) measurements."""
    rng = np.random.default_rng(7)
    model = SensingModel(3, task, noise, 0.2, operating_point=POINT[task])
    for seed in range(2):
        circuit = _random_circuit(3, seed)
        rho, drho = m.output_state(circuit, model, 1.7)
        f = qfim(rho, drho)
        if seed == 0 and noise == "bit_flip":  # the state is the kernel's: its QFI is the engine's
            np.testing.assert_allclose(f, qfi_of_circuits(circuit, model, [1.7]).qfim[0, 0], rtol=1e-9, atol=1e-9)
        for k in range(4):
            p, dp = m.local_distribution(rho, drho, _random_angles(rng, 3), parity=k == 3)
            assert np.asarray(p).sum() == pytest.approx(1.0, abs=1e-12) and np.asarray(p).min() > -1e-14
            c = np.asarray(m.cfim(p, dp))
            assert np.linalg.eigvalsh(f - c).min() > -1e-9 * max(1.0, np.abs(f).max())
            assert np.trace(c) > 0


@pytest.mark.parametrize("task, noise", [("single", "depolarizing"), ("single", "amplitude_damping"),
                                         ("single", "bit_flip"), ("multi", "depolarizing")])
def test_sld_eigenbasis_attains_the_qfi_on_full_rank_states(task, noise):
    model = SensingModel(3, task, noise, 0.3, operating_point=POINT[task])
    rho, drho = m.output_state(_random_circuit(3, 1), model, 2.0)
    assert np.linalg.eigvalsh(rho).min() > 1e-8  # full rank
    f = qfim(rho, drho)
    for a, r in enumerate(m.sld_readouts(rho, drho, model.weight_matrix())):
        assert r.cfim[a, a] == pytest.approx(f[a, a], rel=1e-8)
        assert np.linalg.eigvalsh(f - r.cfim).min() > -1e-9 * f.max()
        assert r.outcomes == 8 and not r.singular


@pytest.mark.parametrize("n", [2, 3])
def test_ghz_parity_under_dephasing_closed_form(n):
    """GHZ after time t: coherence c = e^{-N gamma t} with phase N omega0 t. Equatorial readouts at
    phi_q give <P> = c cos(x), x = N omega0 t - sum phi_q, so the parity CFI is
    c^2 N^2 t^2 sin^2 x / (1 - c^2 cos^2 x) (the full 2^N distribution carries the same), and at
    x = pi/2 it is N^2 t^2 e^{-2 N gamma t}, the QFI."""
    gamma, omega0, t = 0.1, 0.05, 1.3
    model = SensingModel(n, "single", "dephasing", gamma, operating_point=(omega0,))
    rho, drho = m.output_state(ghz_circuit(n), model, t)
    c = math.exp(-n * gamma * t)
    qfi = n**2 * t**2 * c**2
    assert qfim(rho, drho)[0, 0] == pytest.approx(qfi, rel=1e-12)
    rng = np.random.default_rng(n)
    for phis in (rng.uniform(0, 2 * np.pi, n), np.full(n, (n * omega0 * t - np.pi / 2) / n)):
        x = n * omega0 * t - phis.sum()
        expected = c**2 * n**2 * t**2 * math.sin(x) ** 2 / (1 - c**2 * math.cos(x) ** 2)
        angles = np.stack([np.full(n, np.pi / 2), phis], -1)
        for parity in (True, False):
            r = m.local_readout("r", rho, drho, angles, model.weight_matrix(), parity)
            assert r.cfim[0, 0] == pytest.approx(expected, rel=1e-10)
    assert expected == pytest.approx(qfi, rel=1e-12)  # the last phis put x at pi/2
    for parity in (True, False) if n == 2 else ():  # the search finds it (N = 2: one compiled shape)
        best = m.best_local(rho, drho, model.weight_matrix(), starts=2, parity=parity)
        assert best.cfim[0, 0] == pytest.approx(qfi, rel=1e-8)


def test_product_state_with_per_qubit_readout_closed_form():
    """|+>^N under dephasing at omega0: each Bloch vector is r = e^{-gamma t}(cos w t, sin w t, 0),
    dr/dw = t e^{-gamma t}(-sin w t, cos w t, 0); a readout along n_q gives <s_n> = n.r and
    CFI_q = (n.dr)^2 / (1 - (n.r)^2), additive over the qubits. X readout: t^2 e^{-2gt} sin^2(wt) /
    (1 - e^{-2gt} cos^2(wt)); the direction orthogonal to r in the plane attains the QFI N t^2 e^{-2 gamma t}."""
    n, gamma, omega0, t = 3, 0.2, 0.4, 1.1
    model = SensingModel(n, "single", "dephasing", gamma, operating_point=(omega0,))
    rho, drho = m.output_state(_plus_circuit(n), model, t)
    e = math.exp(-gamma * t)
    r = e * np.array([math.cos(omega0 * t), math.sin(omega0 * t), 0.0])
    dr = t * e * np.array([-math.sin(omega0 * t), math.cos(omega0 * t), 0.0])
    w = model.weight_matrix()
    all_x = m.local_readout("x", rho, drho, np.tile([np.pi / 2, 0.0], (n, 1)), w)
    x_form = n * t**2 * e**2 * math.sin(omega0 * t) ** 2 / (1 - e**2 * math.cos(omega0 * t) ** 2)
    assert all_x.cfim[0, 0] == pytest.approx(x_form, rel=1e-10)
    angles = _random_angles(np.random.default_rng(3), n)
    dirs = np.stack([np.sin(angles[:, 0]) * np.cos(angles[:, 1]), np.sin(angles[:, 0]) * np.sin(angles[:, 1]),
                     np.cos(angles[:, 0])], -1)
    expected = sum((d @ dr) ** 2 / (1 - (d @ r) ** 2) for d in dirs)
    assert m.local_readout("r", rho, drho, angles, w).cfim[0, 0] == pytest.approx(expected, rel=1e-10)
    best = np.tile([np.pi / 2, omega0 * t + np.pi / 2], (n, 1))
    assert m.local_readout("b", rho, drho, best, w).cfim[0, 0] == pytest.approx(n * t**2 * e**2, rel=1e-10)


@pytest.mark.parametrize("noise", NOISES)
def test_single_qubit_best_local_measurement_is_the_qfi(noise):
    """For N = 1 the optimal (SLD) measurement is a projective qubit measurement, i.e. local."""
    model = SensingModel(1, "single", noise, 0.3, operating_point=(0.7,))
    circuit = Circuit(1, (Gene("RY", 0, None, 1.1), Gene("RZ", 0, None, 0.4)), "zero")
    for t in (0.5, 2.0):
        rho, drho = m.output_state(circuit, model, t)
        best = m.best_local(rho, drho, model.weight_matrix(), starts=2, seed=1)
        assert best.cfim[0, 0] == pytest.approx(qfim(rho, drho)[0, 0], rel=1e-8)


@pytest.mark.parametrize("task, parity", [("single", False), ("single", True), ("multi", False)])
def test_cfi_gradient_matches_central_differences(task, parity):
    model = SensingModel(2, task, "amplitude_damping", 0.2, operating_point=POINT[task])
    rho, drho = m.output_state(_random_circuit(2, 1), model, 1.5)
    angles = _random_angles(np.random.default_rng(5), 2)

    def cfim_of(a):
        return m.cfim(*m.local_distribution(rho, drho, a, parity))

    jac = np.asarray(jax.jacfwd(cfim_of)(jnp.asarray(angles)))  # (P, P, N, 2)
    assert np.abs(jac).max() > 1e-3
    h = 1e-5
    for idx in np.ndindex(angles.shape):
        e = np.zeros_like(angles)
        e[idx] = h
        fd = (np.asarray(cfim_of(angles + e)) - np.asarray(cfim_of(angles - e))) / (2 * h)
        np.testing.assert_allclose(jac[(..., *idx)], fd, rtol=1e-6, atol=1e-7 * np.abs(jac).max())


def test_zero_probability_outcomes_are_dropped_or_reported():
    """GHZ under dephasing read out in Z: outcomes 01 and 10 have p = 0 and dp = 0 (dropped, the CFI
    is 0, no nan); an outcome with p = 0 but dp != 0 is a singular point and is reported."""
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,))
    rho, drho = m.output_state(ghz_circuit(2), model, 1.0)
    r = m.local_readout("z", rho, drho, np.zeros((2, 2)), model.weight_matrix())
    assert r.dropped == (1, 2) and r.singular == () and r.cfim[0, 0] == 0.0
    p = np.array([0.5, 0.5, 0.0])
    dp = np.array([[0.1, -0.3, 0.2]])
    assert m.singular_outcomes(p, dp) == (2,)
    assert float(m.cfim(p, dp)[0, 0]) == pytest.approx(0.1**2 / 0.5 + 0.3**2 / 0.5)
    assert m.singular_outcomes(p, np.array([[0.1, -0.1, 1e-12]])) == ()


def test_measure_probe_report_multi_task():
    model = SensingModel(2, "multi", "depolarizing", 0.2, operating_point=POINT["multi"])
    rep = m.measure_probe(_random_circuit(2, 3), model, 1.2, starts=2, seed=0)
    assert rep.qfim.shape == (3, 3) and 0 < rep.efficiency(rep.local) <= 1 + 1e-9
    assert rep.local.qcrb >= rep.qcrb * (1 - 1e-9)
    assert math.isinf(rep.parity.qcrb) and rep.efficiency(rep.parity) == 0.0  # 2 outcomes, 3 parameters
    assert rep.local.qcrb <= rep.all_x.qcrb
    assert rep.local.angles.shape == (2, 2)
    assert np.all((rep.local.angles[:, 0] >= 0) & (rep.local.angles[:, 0] <= np.pi))
