"""Every channel is trace preserving and completely positive; the Lindblad channel at gamma=0
is the unitary field rotation; zero-field Lindblad evolution equals PennyLane's channels."""

import numpy as np
import pennylane as qml
import pytest
from scipy.linalg import expm

from vqs.names import NOISES
from vqs.physics.model.noise import (
    amplitude_damping_kraus,
    bit_flip_kraus,
    choi_from_superop,
    depolarizing_kraus,
    depolarizing_superop,
    phase_flip_kraus,
    superop_from_kraus,
    zero_field_kraus,
)
from vqs.physics.model.sensing_model import SensingModel

KRAUS_FAMILIES = [amplitude_damping_kraus, bit_flip_kraus, phase_flip_kraus, depolarizing_kraus]


@pytest.mark.parametrize("family", KRAUS_FAMILIES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("p", [0.0, 0.13, 0.5, 1.0])
def test_kraus_families_are_trace_preserving(family, p):
    ks = family(p)
    np.testing.assert_allclose(sum(k.conj().T @ k for k in ks), np.eye(2), atol=1e-14)


def _is_cptp(superop, atol=1e-12):
    choi = choi_from_superop(superop)
    tp = choi.reshape(2, 2, 2, 2).trace(axis1=1, axis2=3)  # partial trace over the output
    return np.linalg.eigvalsh(choi).min() > -atol and np.allclose(tp, np.eye(2), atol=atol)


@pytest.mark.parametrize("noise", NOISES)
@pytest.mark.parametrize("task", ["single", "multi"])
@pytest.mark.parametrize("t", [0.01, 1.3, 25.0])
def test_lindblad_channel_is_cptp(noise, task, t):
    theta = (0.7,) if task == "single" else (0.3, -1.1, 0.5)
    s, _ = SensingModel(2, task, noise, 0.37, operating_point=theta).channel(t)
    assert _is_cptp(s)


def test_non_cptp_map_is_detected():
    """The CPTP check itself can fail: the transpose map is positive but not CP."""
    transpose = np.zeros((4, 4))
    for i in range(2):
        for j in range(2):
            transpose[2 * j + i, 2 * i + j] = 1
    assert not _is_cptp(transpose)


@pytest.mark.parametrize("noise", NOISES)
def test_gamma_zero_is_the_unitary_rotation(noise):
    omega, t = 0.83, 2.1
    s, _ = SensingModel(1, "single", noise, 0.0, operating_point=(omega,)).channel(t)
    u = expm(-1j * omega * t * np.diag([1, -1]) / 2)
    np.testing.assert_allclose(s, np.kron(u, u.conj()), atol=1e-13)


@pytest.mark.parametrize(
    "noise, pl_channel, prob",
    [
        ("amplitude_damping", qml.AmplitudeDamping, lambda d: d),
        ("bit_flip", qml.BitFlip, lambda d: d / 2),
        ("dephasing", qml.PhaseFlip, lambda d: d / 2),
        ("depolarizing", qml.DepolarizingChannel, lambda d: 0.75 * d),
    ],
)
def test_zero_field_lindblad_equals_pennylane_channel(noise, pl_channel, prob):
    gamma, t = 0.3, 1.7
    s, _ = SensingModel(1, "single", noise, gamma).channel(t)
    decay = 1 - np.exp(-gamma * t)
    pl = superop_from_kraus(pl_channel(prob(decay), wires=0).kraus_matrices())
    np.testing.assert_allclose(s, pl, atol=1e-14)
    np.testing.assert_allclose(superop_from_kraus(zero_field_kraus(noise, gamma, t)), pl, atol=1e-14)


@pytest.mark.parametrize("lam", [-1 / 3, 0.0, 0.4, 1.0])
def test_depolarizing_superop(lam):
    rho = np.array([[0.8, 0.1 - 0.3j], [0.1 + 0.3j, 0.2]])
    out = (depolarizing_superop(lam) @ rho.reshape(-1)).reshape(2, 2)
    np.testing.assert_allclose(out, lam * rho + (1 - lam) * np.eye(2) / 2, atol=1e-14)
    assert _is_cptp(depolarizing_superop(lam))
