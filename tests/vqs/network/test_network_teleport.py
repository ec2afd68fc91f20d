"""Teleportation channel: explicit simulation, and the teleported-GHZ QFI closed form."""

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.network.purification import werner
from vqs.network.teleport import (
    apply_local_maps,
    depolarizing_lambda,
    ghz_density,
    ghz_teleported_qfi_closed_form,
    pauli_channel_superop,
    simulate_teleportation,
    teleport_maps,
    teleport_maps_bell,
)


def _random_qubit_state(seed):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(2, 2)) + 1j * rng.normal(size=(2, 2))
    r = a @ a.conj().T
    return r / np.trace(r)


@pytest.mark.parametrize("seed", range(5))
def test_teleport_through_werner_is_depolarizing(seed):
    rho = _random_qubit_state(seed)
    f = 0.25 + 0.75 * np.random.default_rng(100 + seed).random()
    lam = (4 * f - 1) / 3
    out = simulate_teleportation(rho, f)
    assert np.max(np.abs(out - (lam * rho + (1 - lam) * np.eye(2) / 2))) < 1e-13


@pytest.mark.parametrize("seed", range(5))
def test_teleport_through_bell_diagonal_is_pauli_channel(seed):
    rho = _random_qubit_state(seed)
    coeffs = np.random.default_rng(200 + seed).dirichlet(np.ones(4))
    ref = simulate_teleportation(rho, coeffs)
    got = apply_local_maps(rho, pauli_channel_superop(coeffs)[None])
    assert np.max(np.abs(ref - got)) < 1e-13


def test_maps_only_on_travelling_qubits():
    pre, post = teleport_maps(3, 0.9)
    assert post is None
    assert np.allclose(pre[0], np.eye(4))
    assert not np.allclose(pre[1], np.eye(4)) and np.allclose(pre[1], pre[2])
    pre2, post2 = teleport_maps_bell(3, werner(0.9), round_trip=True)
    assert np.allclose(pre2, pre, atol=1e-15) and np.allclose(post2, pre, atol=1e-15)


def test_ghz_coherence_after_local_depolarizing():
    lam = 0.7
    pre, _ = teleport_maps(4, (3 * lam + 1) / 4, teleport_all=True)
    rho = apply_local_maps(ghz_density(4), pre)
    assert rho[0, -1] == pytest.approx(lam**4 / 2, abs=1e-14)
    assert rho[0, 0] == pytest.approx((((1 + lam) / 2) ** 4 + ((1 - lam) / 2) ** 4) / 2, abs=1e-14)


@pytest.mark.parametrize("bad", [-0.2, 1.5])
def test_bad_link_fidelity(bad):
    with pytest.raises(VqsError, match="link fidelity"):
        depolarizing_lambda(bad)


# ---- through the core QFI engine ------------------------------------------------------------

qfi = pytest.importorskip("vqs.physics.qfi")
model_mod = pytest.importorskip("vqs.physics.model.sensing_model")


@pytest.mark.parametrize("n", [1, 2, 3, 4])
@pytest.mark.parametrize("fid", [1.0, 0.9, 0.7])
def test_teleported_ghz_closed_form(n, fid):
    """All N qubits teleported once, no other noise: F_Q = t^2 N^2 lam^2N / (((1+lam)/2)^N + ((1-lam)/2)^N)."""
    lam = (4 * fid - 1) / 3
    t = np.array([0.3, 1.0, 4.0])
    model = model_mod.SensingModel(n_qubits=n, task="single", noise="none", gamma=0.0)
    pre, _ = teleport_maps(n, fid, teleport_all=True)
    got = qfi.qfi_of_states(ghz_density(n), model, t, pre=pre).qfi[0]
    expected = t**2 * n**2 * lam ** (2 * n) / (((1 + lam) / 2) ** n + ((1 - lam) / 2) ** n)
    assert np.allclose(got, expected, rtol=1e-10, atol=1e-12)
    assert np.allclose(ghz_teleported_qfi_closed_form(n, lam, t), expected, rtol=1e-14)


@pytest.mark.parametrize("n, fid", [(2, 0.9), (3, 0.8), (3, 0.95)])
def test_round_trip_ghz(n, fid):
    """BS keeps qubit 0; N-1 qubits go and come back: lam^2 on each of them, 1 on qubit 0."""
    lam = (4 * fid - 1) / 3
    lams = np.array([1.0] + [lam**2] * (n - 1))
    t = np.array([0.5, 2.0])
    model = model_mod.SensingModel(n_qubits=n, task="single", noise="none", gamma=0.0)
    pre, post = teleport_maps(n, fid, round_trip=True)
    got = qfi.qfi_of_states(ghz_density(n), model, t, pre=pre, post=post).qfi[0]
    expected = t**2 * n**2 * np.prod(lams) ** 2 / (np.prod((1 + lams) / 2) + np.prod((1 - lams) / 2))
    assert np.allclose(got, expected, rtol=1e-10)
