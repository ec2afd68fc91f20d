"""The PennyLane engine: exact answers, agreement with the batched kernel, its Kraus derivative."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ansatz import Circuit, Gene, random_genes
from vqs.errors import VqsError
from vqs.names import NOISES
from vqs.physics.engines import pennylane_engine
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.model.noise import superop_from_kraus
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times, ghz_circuit, qfi_of_circuits

TIMES = np.array([0.3, 1.0, 2.5, 6.0])
PL = {"engine": "pennylane"}


def _pl_qfim(circuit, model, times=TIMES):
    return qfi_of_circuits(circuit, model, times, **PL)


# --- exact answers written here -----------------------------------------------------------------

GHZ_CASES = [  # (N, task, noise, gamma, exact F(t) or QFIM diagonal(t))
    *[(n, "single", "none", 0.0, lambda t, n=n: n**2 * t**2) for n in (1, 2, 3)],
    *[(n, "single", "dephasing", 0.15, lambda t, n=n: n**2 * t**2 * np.exp(-2 * n * 0.15 * t)) for n in (1, 2, 3)],
    (1, "single", "amplitude_damping", 0.2, lambda t: t**2 * np.exp(-0.2 * t)),  # |+>: |r_perp|^2 = e^(-gamma t)
    (1, "single", "depolarizing", 0.2, lambda t: t**2 * np.exp(-0.4 * t)),  # |r_perp|^2 = e^(-2 gamma t)
    (1, "multi", "none", 0.0, lambda t: t[:, None] ** 2 * np.array([0.0, 1.0, 1.0])),  # |+>: Var(X/2), ...
    (3, "multi", "none", 0.0, lambda t: t[:, None] ** 2 * np.array([3.0, 3.0, 9.0])),  # GHZ: N, N, N^2
]


@pytest.mark.parametrize("n, task, noise, gamma, exact", GHZ_CASES)
def test_ghz_closed_forms(n, task, noise, gamma, exact):
    curve = _pl_qfim(ghz_circuit(n), SensingModel(n, task, noise, gamma))
    got = curve.qfi[0] if task == "single" else np.diagonal(curve.qfim[0], axis1=-2, axis2=-1)
    np.testing.assert_allclose(got, exact(TIMES), rtol=1e-11, atol=1e-12)


def test_ghz_dephasing_optimal_time_and_value():
    """GHZ, N = 3, dephasing: per shot max 1/(e gamma)^2 at t* = 1/(N gamma), all from PennyLane."""
    model = SensingModel(3, "single", "dephasing", 0.1)
    best, = best_times_of_circuits(ghz_circuit(3), model, default_times(model, 12), "per_shot", **PL)
    assert best.value == pytest.approx(1 / (np.e * 0.1) ** 2, rel=1e-10)
    assert best.t_star == pytest.approx(1 / 0.3, rel=1e-6)


# --- agreement with the batched kernel ----------------------------------------------------------


def _random_circuit(rng, n):
    gates = ["RX", "RY", "RZ"] + (["CRX"] if n > 1 else [])
    fixed = [Gene("RY", 0, None, 0.7), Gene("RZ", n - 1, None, -1.1), Gene("RX", 0, None, 0.4)]
    fixed += [Gene("CRX", 0, n - 1, 0.9)] if n > 1 else []  # every gate kind at least once
    return Circuit(n, tuple(fixed + random_genes(rng, n, 6, gates)), "ghz" if rng.random() < 0.5 else "zero")


POINTS = {"single": (0.35,), "multi": (0.2, -0.3, 0.1)}


@pytest.mark.parametrize("n", [1, 2, 3])
@pytest.mark.parametrize("task", ["single", "multi"])
@pytest.mark.parametrize("noise", NOISES)
def test_pennylane_agrees_with_the_kernel(noise, task, n):
    rng = np.random.default_rng([n, NOISES.index(noise), len(task)])
    model = SensingModel(n, task, noise, 0.15, operating_point=POINTS[task])
    circuit = _random_circuit(rng, n)
    kernel = qfi_of_circuits(circuit, model, TIMES)
    pl = _pl_qfim(circuit, model)
    scale = np.abs(kernel.qfim).max()
    assert scale > 1e-3
    np.testing.assert_allclose(pl.qfim, kernel.qfim, rtol=1e-8, atol=1e-8 * scale)
    finite = np.isfinite(kernel.qcrb)
    assert np.array_equal(finite, np.isfinite(pl.qcrb))
    np.testing.assert_allclose(pl.qcrb[finite], kernel.qcrb[finite], rtol=1e-8)


def test_times_in_several_chunks_and_batches():
    """More times than one compiled chunk, two circuits: the same numbers as one time at a time."""
    rng = np.random.default_rng(5)
    model = SensingModel(2, "single", "bit_flip", 0.1, (0.05,))
    circuits = [_random_circuit(rng, 2) for _ in range(2)]
    times = np.geomspace(0.1, 20, 37)
    together = qfi_of_circuits(circuits, model, times, **PL).qfi
    np.testing.assert_allclose(together, qfi_of_circuits(circuits, model, times).qfi, rtol=1e-8)
    alone = qfi_of_circuits(circuits[1], model, times[[0, 36]], **PL).qfi
    np.testing.assert_allclose(alone[0], together[1, [0, 36]], rtol=1e-12)


# --- the Kraus factorisation and its derivative -------------------------------------------------


@pytest.mark.parametrize("task, noise, point", [
    ("single", "bit_flip", (0.1,)), ("single", "amplitude_damping", (0.0,)),  # rank 2 Choi matrix
    ("multi", "none", (0.0, 0.0, 0.0)),  # rank 1: three degenerate zero eigenvalues
    ("multi", "dephasing", (0.2, -0.1, 0.3)), ("multi", "depolarizing", (0.0, 0.0, 0.0)),
])
def test_kraus_operators_and_their_derivative_are_exact(task, noise, point):
    """sum K (x) conj K = S, and its JVP = dS/dtheta_a (the Van Loan derivative of the model)."""
    model = SensingModel(1, task, noise, 0.3, operating_point=point)
    t = 1.7
    s_exact, ds_exact = model.channel(t)
    lind = jnp.asarray(model.dissipator())
    fields = jnp.asarray(model.field_generators())

    def superop(theta):
        from vqs.physics.kernel.sensing import expm

        kraus = pennylane_engine.kraus_of_superop(expm(t * (lind + jnp.einsum("a,aij->ij", theta, fields))))
        return sum(jnp.kron(k, jnp.conj(k)) for k in kraus)

    theta0 = jnp.asarray(point, dtype=float)
    np.testing.assert_allclose(np.asarray(superop(theta0)), s_exact, atol=1e-13)
    for a in range(model.n_params):
        e = jnp.zeros_like(theta0).at[a].set(1.0)
        _, ds = jax.jvp(superop, (theta0,), (e,))
        np.testing.assert_allclose(np.asarray(ds), ds_exact[a], atol=1e-12)
    assert np.allclose(superop_from_kraus(np.asarray(pennylane_engine.kraus_of_superop(jnp.asarray(s_exact)))),
                       s_exact, atol=1e-13)


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize("call, message", [
    (lambda: qfi_of_circuits(ghz_circuit(pennylane_engine.MAX_QUBITS + 1),
                             SensingModel(pennylane_engine.MAX_QUBITS + 1), [1.0], **PL), "at most 6 qubits"),
    (lambda: qfi_of_circuits(ghz_circuit(2), SensingModel(2), [1.0], pre=np.eye(4)[None].repeat(2, 0), **PL),
     "jax engine"),
    (lambda: qfi_of_circuits(ghz_circuit(2), SensingModel(2), [1.0], engine="qiskit"), "jax or pennylane"),
    (lambda: qfi_of_circuits(ghz_circuit(3), SensingModel(2), [1.0], **PL), "qubits"),
    (lambda: qfi_of_circuits(ghz_circuit(2), SensingModel(2), [-1.0], **PL), "times"),
])
def test_refusals(call, message):
    with pytest.raises(VqsError, match=message):
        call()


def test_the_size_guard_can_be_raised_by_a_caller_that_means_it():
    """Users meet MAX_QUBITS; the throughput benchmark raises it to measure N = 8."""
    n = pennylane_engine.MAX_QUBITS + 1
    with pytest.raises(VqsError, match=f"at most {n - 1} qubits"):
        pennylane_engine.require_size(n)
    pennylane_engine.require_size(n, max_qubits=n)
    with pytest.raises(VqsError, match=f"at most {n} qubits"):
        pennylane_engine.qfi_of_circuits(ghz_circuit(n + 1), SensingModel(n + 1), [1.0], max_qubits=n)
