"""The batched local-readout CFI (kernel stage 4 for local figures) and the local figures of merit."""

import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ansatz import Circuit, Gene, pack, random_genes
from vqs import _checks
from vqs.errors import VqsError
from vqs.physics.engines.jax_engine import local_cfi_of_arrays
from vqs.physics.fom import best_times_of_circuits, figure_values
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.local_cfi import basis_change, rotated_diagonal
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times, ghz_circuit, local_cfi_of_circuits, qfi_of_circuits
from vqs.physics.readout import measurement as m
from vqs.physics.readout.local_readout import best_local_over_time, readout_check

NOISES = ("amplitude_damping", "bit_flip", "dephasing", "depolarizing")
POINT = {"single": (0.3,), "multi": (0.1, 0.2, 0.3)}


def _readout(rng, n):
    return np.stack([np.arccos(rng.uniform(-1, 1, n)), rng.uniform(0, 2 * np.pi, n)], -1)


def _circuits(n, count, seed):
    rng = np.random.default_rng(seed)
    return [Circuit(n, tuple(random_genes(rng, n, 5)), "ghz" if k % 2 else "zero", _readout(rng, n))
            for k in range(count)]


def test_rotated_diagonal_is_the_diagonal_of_the_full_rotation():
    rng = np.random.default_rng(0)
    n = 3
    a = rng.standard_normal((8, 8)) + 1j * rng.standard_normal((8, 8))
    angles = _readout(rng, n)
    units = np.asarray(basis_change(angles))
    u = units[0]
    for q in range(1, n):
        u = np.kron(u, units[q])
    expected = np.real(np.diag(u @ a @ u.conj().T))
    np.testing.assert_allclose(np.asarray(rotated_diagonal(jnp.asarray(a), jnp.asarray(units))), expected,
                               rtol=1e-13, atol=1e-13)


@pytest.mark.parametrize("task", ["single", "multi"])
@pytest.mark.parametrize("noise", NOISES)
def test_engine_equals_the_measurement_module(task, noise):
    """The batched engine's local CFI (several circuits, each its own readout, several times) equals
    measurement.local_readout on the state of output_state, to 1e-10."""
    model = SensingModel(3, task, noise, 0.2, operating_point=POINT[task])
    circuits = _circuits(3, 3, seed=len(noise))
    times = [0.4, 1.7]
    curve = local_cfi_of_circuits(circuits, model, times)
    assert curve.qfim.shape == (3, 2, model.n_params, model.n_params)
    for b, c in enumerate(circuits):
        for i, t in enumerate(times):
            rho, drho = m.output_state(c, model, t)
            ref = m.local_readout("r", rho, drho, np.asarray(c.readout), model.weight_matrix())
            np.testing.assert_allclose(curve.qfim[b, i], ref.cfim, rtol=1e-10, atol=1e-10 * np.abs(ref.cfim).max())
            assert curve.qcrb[b, i] == pytest.approx(ref.qcrb, rel=1e-10)


def test_several_readouts_per_circuit_equal_one_at_a_time():
    model = SensingModel(2, "multi", "amplitude_damping", 0.1, operating_point=POINT["multi"])
    circuits = _circuits(2, 3, seed=4)
    rng = np.random.default_rng(5)
    readouts = np.stack([[_readout(rng, 2) for _ in range(4)] for _ in circuits])  # (B, R, N, 2)
    times = [0.5, 1.0, 2.0]
    many = local_cfi_of_arrays(pack(circuits), readouts, model, times)
    assert many.qfim.shape == (3, 4, 3, 3, 3)
    for r in range(4):
        one = local_cfi_of_arrays(pack(circuits), readouts[:, r], model, times)
        np.testing.assert_allclose(many.qfim[:, r], one.qfim, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("task", ["single", "multi"])
@pytest.mark.parametrize("noise", NOISES)
def test_local_cfi_never_exceeds_the_qfi(task, noise):
    model = SensingModel(3, task, noise, 0.2, operating_point=POINT[task])
    circuits = _circuits(3, 4, seed=11)
    times = [0.3, 1.1, 3.0]
    c = local_cfi_of_circuits(circuits, model, times).qfim
    f = qfi_of_circuits(circuits, model, times).qfim
    gap = np.linalg.eigvalsh(f - c)
    assert gap.min() >= -1e-10 * np.abs(f).max()


@pytest.mark.parametrize("task, figure", [("single", "local_cfi_per_shot"), ("single", "local_cfi_per_time"),
                                          ("multi", "local_cfi_per_time")])
def test_gradient_of_the_figure_matches_finite_differences(task, figure):
    """d figure / d (circuit angles, log t, readout angles) from the kernel against central differences."""
    model = SensingModel(3, task, "amplitude_damping", 0.2, operating_point=POINT[task])
    circuit = _circuits(3, 2, seed=21)[1]
    packed = PackedCircuits.pack([circuit], 6).row(0)
    km = KernelModel.of(model)

    @jax.jit
    def value(angles, log_t, readout):
        return kernel.circuit_figure(angles, log_t, packed, km, task=task, figure=figure, readout=readout)

    params = (jnp.asarray(packed.angle), jnp.asarray(0.3), jnp.asarray(circuit.readout))
    grads = jax.jit(jax.grad(lambda p: value(*p)))(params)
    h = 1e-6
    for k, arr in enumerate(params):
        flat = np.asarray(arr, dtype=float).ravel()
        for i in range(flat.size):
            if k == 0 and i >= len(circuit.genes):
                continue  # pad slots
            up, down = flat.copy(), flat.copy()
            up[i] += h
            down[i] -= h

            def at(x, k=k):
                p = list(params)
                p[k] = jnp.asarray(x.reshape(np.shape(params[k])))
                return float(value(*p))

            fd = (at(up) - at(down)) / (2 * h)
            g = float(np.asarray(grads[k]).ravel()[i])
            assert g == pytest.approx(fd, rel=1e-5, abs=1e-7 * max(1.0, abs(float(value(*params)))))


@pytest.mark.parametrize("noise", NOISES)
@pytest.mark.parametrize("figure", ["per_shot", "per_time"])
def test_one_qubit_optimised_local_figure_is_the_qfi_figure(noise, figure):
    """A qubit's optimal measurement is projective, hence local: the local figure optimised over the
    readout and t equals the QFI figure optimised over t."""
    model = SensingModel(1, "single", noise, 0.2, operating_point=(0.7,))
    grid = default_times(model, 16)
    probe = Circuit(1, (Gene("RY", 0, None, 1.1), Gene("RZ", 0, None, 0.4)), "zero")
    qfi = best_times_of_circuits([probe], model, grid, figure)[0]
    designed, local = best_local_over_time(probe, model, grid, "local_cfi_" + figure)
    assert designed.genes == probe.genes and designed.readout is not None
    assert local.value == pytest.approx(qfi.value, rel=1e-8)
    assert local.value <= qfi.value * (1 + 1e-10)


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("figure", ["per_shot", "per_time"])
def test_ghz_under_dephasing_reaches_its_qfi_with_a_local_readout(n, figure):
    """The closed form of docs/measurement.md: GHZ read out locally in the right equatorial bases
    attains its QFI under dephasing, so the best local figure over t equals the QFI figure."""
    model = SensingModel(n, "single", "dephasing", 0.1, operating_point=(0.01,))
    grid = default_times(model)
    qfi = best_times_of_circuits([ghz_circuit(n)], model, grid, figure)[0]
    probe, local = best_local_over_time(ghz_circuit(n), model, grid, "local_cfi_" + figure)
    assert local.value == pytest.approx(qfi.value, rel=1e-8)
    assert local.t_star == pytest.approx(qfi.t_star, rel=1e-5)
    check = readout_check(probe, model, local.t_star)
    assert check == {"continuous": True, "zero_probability_outcomes": [], "singular_outcomes": []}
    # scoring the designed probe again gives the same number
    again = best_times_of_circuits([probe], model, grid, "local_cfi_" + figure)[0]
    assert again.value == pytest.approx(local.value, rel=1e-12)


def test_readout_check_lists_zero_probability_outcomes():
    """GHZ under dephasing read out in Z: p(01) = p(10) = 0 with zero derivative: dropped, continuous."""
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,))
    probe = ghz_circuit(2).with_readout([(0.0, 0.0), (0.0, 0.0)])
    assert readout_check(probe, model, 1.0) == {"continuous": True, "zero_probability_outcomes": ["01", "10"],
                                                "singular_outcomes": []}
    with pytest.raises(VqsError, match="no readout"):
        readout_check(ghz_circuit(2), model, 1.0)


def test_figures_and_curves_must_match():
    model = SensingModel(2, "single", "dephasing", 0.1)
    probe = ghz_circuit(2).with_readout([(math.pi / 2, 0.0)] * 2)
    local = local_cfi_of_circuits([probe], model, [1.0])
    quantum = qfi_of_circuits([probe], model, [1.0])
    with pytest.raises(VqsError, match="local-readout CFI curve"):
        figure_values(quantum, "local_cfi_per_time")
    with pytest.raises(VqsError, match="QFI curve"):
        figure_values(local, "per_time")
    with pytest.raises(VqsError, match="needs circuits with a readout"):
        best_times_of_circuits([ghz_circuit(2)], model, [1.0, 2.0], "local_cfi_per_shot")
    with pytest.raises(VqsError, match="not available here"):
        _checks.figure("local_cfi_per_time")
    assert _checks.figure("local_cfi_per_time", local=True).per_time
    with pytest.raises(VqsError, match="readouts must have shape"):
        local_cfi_of_arrays(pack([probe]), np.zeros((1, 3, 2)), model, [1.0])
    with pytest.raises(VqsError, match="not per_shot"):
        best_local_over_time(ghz_circuit(2), model, [1.0, 2.0], "per_shot")
