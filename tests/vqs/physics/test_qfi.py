"""The batched engine against exact answers (its agreement with PennyLane: test_pennylane_engine.py)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from scipy.linalg import expm as scipy_expm

from ansatz import Circuit, Gene, pack, random_genes
from vqs.errors import VqsError
from vqs.physics.engines import jax_engine
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.sensing import KernelModel, expm
from vqs.physics.kernel.states import PackedCircuits, circuit_states
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times, ghz_circuit, qfi_of_circuits, qfi_of_states

TIMES = np.array([0.3, 1.0, 2.5, 6.0])


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_ghz_noiseless_is_heisenberg(n):
    curve = qfi_of_circuits(ghz_circuit(n), SensingModel(n, "single", "none", 0.0), TIMES)
    np.testing.assert_allclose(curve.qfi[0], n**2 * TIMES**2, rtol=1e-12)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("gamma", [0.1, 0.2])
def test_ghz_dephasing_closed_form(n, gamma):
    curve = qfi_of_circuits(ghz_circuit(n), SensingModel(n, "single", "dephasing", gamma), TIMES)
    exact = n**2 * TIMES**2 * np.exp(-2 * n * gamma * TIMES)
    np.testing.assert_allclose(curve.qfi[0], exact, rtol=1e-12)
    np.testing.assert_allclose(curve.qcrb[0], 1 / exact, rtol=1e-12)


@pytest.mark.parametrize("n", [2, 3, 5])
@pytest.mark.parametrize("gamma", [0.1, 0.2])
def test_ghz_dephasing_optimal_times(n, gamma):
    model = SensingModel(n, "single", "dephasing", gamma)
    grid = default_times(model)
    shot, = best_times_of_circuits(ghz_circuit(n), model, grid, "per_shot")
    rate, = best_times_of_circuits(ghz_circuit(n), model, grid, "per_time")
    assert shot.value == pytest.approx(1 / (np.e * gamma) ** 2, rel=1e-10)
    assert shot.t_star == pytest.approx(1 / (n * gamma), rel=1e-6)
    assert rate.value == pytest.approx(n / (2 * np.e * gamma), rel=1e-10)
    assert rate.t_star == pytest.approx(1 / (2 * n * gamma), rel=1e-6)


def _random_circuit(rng, n, genes=10):
    # every gate kind at least once, then random genes
    fixed = [Gene("RX", 0, None, 0.4), Gene("RY", n - 1, None, -1.2), Gene("RZ", 0, None, 2.0),
             Gene("CRX", n - 1, 0, 0.9)]
    init = "ghz" if rng.random() < 0.5 else "zero"
    return Circuit(n, tuple(fixed + random_genes(rng, n, genes)), init)


def test_single_qfi_is_the_z_element_of_the_vector_field_qfim():
    rng = np.random.default_rng(7)
    circuits = [_random_circuit(rng, 3) for _ in range(3)]
    for noise in ("amplitude_damping", "bit_flip", "dephasing"):
        single = qfi_of_circuits(circuits, SensingModel(3, "single", noise, 0.1, (0.25,)), TIMES).qfi
        multi = qfi_of_circuits(circuits, SensingModel(3, "multi", noise, 0.1, (0, 0, 0.25)), TIMES).qfim
        np.testing.assert_allclose(single, multi[..., 2, 2], rtol=1e-11, atol=1e-12)


def test_repeated_calls_give_identical_numbers():
    rng = np.random.default_rng(3)
    circuits = [_random_circuit(rng, 3) for _ in range(5)]
    model = SensingModel(3, "multi", "amplitude_damping", 0.2)
    a = qfi_of_circuits(circuits, model, TIMES)
    b = qfi_of_circuits(circuits, model, TIMES)
    assert np.array_equal(a.qfim, b.qfim) and np.array_equal(a.qcrb, b.qcrb)


def test_batch_result_does_not_depend_on_batch_composition():
    rng = np.random.default_rng(4)
    circuits = [_random_circuit(rng, 3) for _ in range(70)]  # more than one chunk
    model = SensingModel(3, "single", "bit_flip", 0.1)
    together = qfi_of_circuits(circuits, model, TIMES, max_genes=20).qfi
    alone = qfi_of_circuits(circuits[41], model, TIMES, max_genes=20).qfi
    np.testing.assert_allclose(together[41], alone[0], rtol=1e-13)


def test_singular_qfim_gives_infinite_qcrb():
    # |0..0> under a vector field at B0 = 0: no information on Bz, F is singular
    model = SensingModel(2, "multi", "dephasing", 0.1)
    curve = qfi_of_circuits(Circuit(2, (), "zero"), model, TIMES)
    assert np.all(np.isinf(curve.qcrb))
    assert np.all(np.isfinite(curve.qfim))


def test_states_and_circuits_agree():
    rng = np.random.default_rng(5)
    circuit = _random_circuit(rng, 3)
    model = SensingModel(3, "single", "amplitude_damping", 0.2)
    a = pack([circuit])
    psi = np.asarray(circuit_states(PackedCircuits.from_arrays(a), 3))[0]
    by_vector = qfi_of_states(psi, model, TIMES).qfi
    by_matrix = qfi_of_states(np.outer(psi, psi.conj()), model, TIMES).qfi
    by_circuit = qfi_of_circuits(circuit, model, TIMES).qfi
    np.testing.assert_allclose(by_vector, by_circuit, rtol=1e-12)
    np.testing.assert_allclose(by_matrix, by_circuit, rtol=1e-12)


@pytest.mark.parametrize("scale", [0.01, 3.0, 8.0, 40.0, 400.0])
def test_expm_matches_scipy_over_norms(scale):
    rng = np.random.default_rng(11)
    a = scale * (rng.normal(size=(4, 4)) + 1j * rng.normal(size=(4, 4))) / 4
    a = a - 0.6 * scale * np.eye(4)  # keep the exponential bounded, as for a Lindbladian
    ref = scipy_expm(a)
    np.testing.assert_allclose(np.asarray(expm(jnp.asarray(a))), ref, atol=1e-12 * max(1, np.abs(ref).max()))


def test_qfi_gradient_matches_central_difference():
    """The eigenvector-free JVP of the QFIM gives the right gradient (angles and time)."""
    rng = np.random.default_rng(2)
    circuit = _random_circuit(rng, 3)
    a = pack([circuit])
    model = SensingModel(3, "single", "bit_flip", 0.1, (0.2,))
    km = KernelModel.of(model)
    packed = PackedCircuits.from_arrays(a)

    @jax.jit  # one compiled program for the eight finite-difference points
    def qfi(angle, t):
        f, _ = kernel.score_circuits_raw(packed._replace(angle=angle[None]), km, jnp.array([t]))
        return f[0, 0, 0, 0]

    angle, t, h = jnp.asarray(a.angle[0]), 2.7, 1e-5
    g_angle, g_t = jax.grad(qfi, argnums=(0, 1))(angle, t)
    for j in (0, 3, 7):
        e = np.zeros(angle.shape)
        e[j] = h
        fd = (qfi(angle + e, t) - qfi(angle - e, t)) / (2 * h)
        assert float(g_angle[j]) == pytest.approx(float(fd), rel=1e-6, abs=1e-8)
    assert float(g_t) == pytest.approx(float((qfi(angle, t + h) - qfi(angle, t - h)) / (2 * h)), rel=1e-6)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda m: qfi_of_circuits(ghz_circuit(2), m, [1.0, -1.0]), "times"),
        (lambda m: qfi_of_circuits(ghz_circuit(2), m, []), "times"),
        (lambda m: qfi_of_circuits(ghz_circuit(4), m, [1.0]), "qubits"),
        (lambda m: qfi_of_states(np.ones(8) / np.sqrt(8), m, [1.0]), "shape"),
        (lambda m: qfi_of_states(np.ones(4), m, [1.0]), "normalised"),
        (lambda m: qfi_of_circuits(ghz_circuit(3), m, [1.0], pre=np.eye(4)), "pre"),
    ],
)
def test_bad_arguments_raise_clear_errors(call, message):
    model = SensingModel(3 if "pre" in message else 2, "single", "dephasing", 0.1)
    with pytest.raises(VqsError, match=message):
        call(model)


def test_new_structures_do_not_recompile():
    """The search's trap: one compiled kernel must serve every circuit structure."""
    from ansatz import pack as pack_circuits
    from vqs.physics.engines.jax_engine import qfi_of_arrays

    rng = np.random.default_rng(21)
    model = SensingModel(3, "single", "dephasing", 0.1)
    times = np.linspace(0.5, 5.0, 7)  # a shape no other test uses
    qfi_of_arrays(pack_circuits([_random_circuit(rng, 3, 3) for _ in range(16)], 24), model, times)
    compiled = kernel.score_circuits._cache_size()
    for genes in (0, 5, 20):
        batch = [_random_circuit(rng, 3, genes) for _ in range(16)]
        qfi_of_arrays(pack_circuits(batch, 24), model, times)
        qfi_of_arrays(pack_circuits(batch, 24), SensingModel(3, "single", "bit_flip", 0.3, (0.2,)), times)
    assert kernel.score_circuits._cache_size() == compiled


@pytest.mark.parametrize("task", ["single", "multi"])
def test_time_chunked_path_matches_the_unchunked_one(monkeypatch, task):
    """With a chunk budget below one probe's times the kernel splits the times (N = 10 needs it);
    the numbers must not change."""
    rng = np.random.default_rng(5)
    point = (0.01,) if task == "single" else (0.01, 0.02, 0.03)
    model = SensingModel(4, task, "amplitude_damping", 0.1, point)
    times = default_times(model, 11)
    circuits = [Circuit(4, tuple(random_genes(rng, 4, 12)), "ghz") for _ in range(3)]
    whole = qfi_of_circuits(circuits, model, times)
    assert jax_engine.chunk_plan(4, times.size, model.n_params, 3).times == times.size
    pair = jax_engine._pair_bytes(4, model.n_params)
    monkeypatch.setattr(jax_engine, "_CHUNK_BUDGET_BYTES", 4 * pair)  # 4 times per call, 3 calls per probe
    plan = jax_engine.chunk_plan(4, times.size, model.n_params, 3)
    assert (plan.circuits, plan.times, plan.bytes) == (1, 4, 4 * pair)
    chunked = qfi_of_circuits(circuits, model, times)
    assert chunked.qfim.shape == whole.qfim.shape == (3, 11, model.n_params, model.n_params)
    np.testing.assert_allclose(chunked.qfim, whole.qfim, rtol=1e-12, atol=0)
    np.testing.assert_allclose(chunked.qcrb, whole.qcrb, rtol=1e-12, atol=0)
    psi = circuit_states(PackedCircuits.pack(circuits), 4)
    np.testing.assert_allclose(qfi_of_states(np.asarray(psi), model, times).qfim, whole.qfim, rtol=1e-10)


@pytest.mark.parametrize("n, times, expected", [
    (3, 32, (64, 32)),  # small: all times, as many probes as the budget holds (capped at 64)
    (8, 32, (2, 32)),  # 32 x 7 MiB per probe: two probes per call
    (8, 6, (8, 6)),  # the search's coarse grid: 8 probes per call
    (10, 32, (1, 4)),  # 112 MiB per (probe, time): one probe, 4 times per call (470 MiB)
])
def test_chunk_plans(n, times, expected):
    from vqs.physics.engines.jax_engine import _CHUNK_BUDGET_BYTES, chunk_plan

    plan = chunk_plan(n, times, 1)
    assert (plan.circuits, plan.times) == expected
    assert plan.bytes == (4**n) * 16 * 7 * plan.circuits * plan.times <= _CHUNK_BUDGET_BYTES
