"""The covariant kernel paths give the general kernel's values and gradients, and are chosen only
where they are exact."""

import jax.numpy as jnp
import numpy as np
import pytest

from ansatz import Circuit, pack, random_genes
from vqs.physics.engines.jax_engine import qfi_of_arrays
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.covariant import KernelPath, kernel_path
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.model.sensing_model import SensingModel

TIMES = np.array([0.2, 1.0, 3.0, 9.0])


@pytest.mark.parametrize(("task", "noise", "maps", "path"), [
    ("single", "dephasing", False, KernelPath.DEPHASING),
    ("single", "amplitude_damping", False, KernelPath.COVARIANT),
    ("single", "depolarizing", False, KernelPath.COVARIANT),
    ("single", "none", False, KernelPath.COVARIANT),  # no noise: no Kraus weights to take roots of
    ("single", "bit_flip", False, KernelPath.GENERAL),  # does not commute with the field
    ("multi", "dephasing", False, KernelPath.GENERAL),  # X and Y fields do not commute with it
    ("single", "dephasing", True, KernelPath.GENERAL),  # maps before sensing (teleported probes)
])
def test_kernel_path_is_chosen_where_it_is_exact(task, noise, maps, path):
    model = SensingModel(2, task, noise, 0.0 if noise == "none" else 0.1)
    pre = np.broadcast_to(np.eye(4), (2, 4, 4)) if maps else None
    assert kernel_path(model, pre=pre) == path
    assert kernel_path(model, pre=pre, figure="per_time") == path
    assert kernel_path(model, pre=pre, figure="local_cfi_per_time") == KernelPath.GENERAL  # a local readout needs rho


def _circuits(n, seed=3, count=5, genes=12):
    rng = np.random.default_rng(seed)
    circuits = [Circuit(n, tuple(random_genes(rng, n, genes)), "ghz") for _ in range(count)]
    return circuits + [Circuit(n, (), "ghz"), Circuit(n, (), "zero")]  # GHZ and a product (rank 1 at every time)


@pytest.mark.parametrize("noise", ["dephasing", "amplitude_damping", "depolarizing", "none"])
@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_covariant_paths_give_the_general_kernel_values(noise, n):
    model = SensingModel(n, "single", noise, 0.0 if noise == "none" else 0.15, operating_point=(0.3,))
    packed = PackedCircuits.from_arrays(pack(_circuits(n), 12))
    km = KernelModel.of(model)
    path = kernel_path(model)
    assert path != KernelPath.GENERAL
    f_general, q_general = kernel.score_circuits(packed, km, jnp.asarray(TIMES))
    f_path, q_path = kernel.score_circuits(packed, km, jnp.asarray(TIMES), path=path)
    # the dephasing form is a difference 4 t^2 (<J_z^2> - ...): exact to rounding of that scale
    scale = 4 * TIMES**2 * n**2 / 4
    f_path, f_general = np.asarray(f_path)[..., 0, 0], np.asarray(f_general)[..., 0, 0]
    np.testing.assert_allclose(f_path, f_general, rtol=1e-9, atol=0)
    assert np.max(np.abs(f_path - f_general) / scale) < 1e-13
    assert np.all(f_path[-1] == 0) and np.all(np.isinf(np.asarray(q_path)[-1]))  # the product state
    np.testing.assert_allclose(np.asarray(q_path), np.asarray(q_general), rtol=1e-9)


@pytest.mark.parametrize("n", [3, 5])
def test_dephasing_path_matches_the_ghz_closed_form(n):
    model = SensingModel(n, "single", "dephasing", 0.1)
    assert kernel_path(model) == KernelPath.DEPHASING
    arrays = pack([Circuit(n, (), "ghz")], 1)
    curve = qfi_of_arrays(arrays, model, TIMES, fast=True)
    # rtol: at t = 9 (N = 5) F is 1e-4 of the form's scale 4 t^2 <J_z^2>, whose rounding it carries
    np.testing.assert_allclose(curve.qfi[0], n**2 * TIMES**2 * np.exp(-2 * n * 0.1 * TIMES), rtol=1e-10)


@pytest.mark.parametrize("noise", ["dephasing", "amplitude_damping"])
@pytest.mark.parametrize("figure", ["per_shot", "per_time"])
def test_covariant_paths_give_the_general_gradients(noise, figure):
    model = SensingModel(4, "single", noise, 0.1)
    path = kernel_path(model)
    km = KernelModel.of(model)
    packed = PackedCircuits.from_arrays(pack(_circuits(4, seed=7, count=2), 12))
    for i in range(2):
        circuit = packed.row(i)
        params = (jnp.asarray(circuit.angle), jnp.asarray(0.4), None)
        v_general, g_general = kernel.neg_log_figure("single", figure)(params, circuit, km)
        v_path, g_path = kernel.neg_log_figure("single", figure, path)(params, circuit, km)
        np.testing.assert_allclose(float(v_path), float(v_general), rtol=1e-12)
        np.testing.assert_allclose(np.asarray(g_path[0]), np.asarray(g_general[0]), rtol=1e-8, atol=1e-11)
        np.testing.assert_allclose(float(g_path[1]), float(g_general[1]), rtol=1e-9)


@pytest.mark.parametrize("noise", ["dephasing", "amplitude_damping"])
def test_covariant_paths_are_continuous_in_angles_and_operating_point(noise):
    """Moving every angle by 1e-4 and 1e-5 moves the value ~linearly (no jump); moving the operating
    point changes nothing (the QFI of a signal-covariant noise does not depend on it)."""
    circuits = _circuits(3, seed=11, count=1)[:1]
    packed = PackedCircuits.from_arrays(pack(circuits, 12))
    times = jnp.asarray([0.7, 2.0])
    model = SensingModel(3, "single", noise, 0.1)
    path = kernel_path(model)
    km = KernelModel.of(model)

    def value(shift, km=km):
        moved = packed._replace(angle=packed.angle + shift)
        return np.asarray(kernel.score_circuits(moved, km, times, path=path)[0])[0, :, 0, 0]

    base = value(0.0)
    d4, d5 = np.abs(value(1e-4) - base), np.abs(value(1e-5) - base)
    assert np.all(d4 < 1e-2 * base) and np.all(d5 < 1e-3 * base)
    np.testing.assert_allclose(d4 / d5, 10.0, rtol=0.05)  # first order: no jump at this point
    for omega0 in (1e-5, 1e-4, 0.3):
        shifted = KernelModel.of(SensingModel(3, "single", noise, 0.1, operating_point=(omega0,)))
        np.testing.assert_allclose(value(0.0, shifted), base, rtol=1e-12)
