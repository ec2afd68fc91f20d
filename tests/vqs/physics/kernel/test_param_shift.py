"""Parameter-shift gradients: exact shift rules equal JAX's autodiff gradient to 1e-8 for every gene
type, with and without preparation noise; shot-based ones scatter about them as 1/sqrt(M)."""

import jax.numpy as jnp
import numpy as np
import pytest

from ansatz import Circuit, Gene
from vqs.errors import VqsError
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.param_shift import SHIFT_RULES, shift_gradient
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.search.refine import RefineOptions, refine_circuit

GENES = (Gene("RX", 0, None, 0.3), Gene("CRX", 1, 0, 0.7), Gene("RY", 2, None, -0.4), Gene("RZ", 1, None, 1.1),
         Gene("CRX", 0, 2, -1.2))


def _trig(f, theta):
    return sum(c * f(theta + s) for s, c in SHIFT_RULES["CRX"])


@pytest.mark.parametrize("theta", [0.0, 0.4, -2.5])
def test_crx_four_term_rule_differentiates_frequencies_half_and_one(theta):
    for a, b, w in [(0.3, -1.2, 0.5), (2.0, 0.7, 1.0), (-0.4, 0.9, 0.0)]:
        f = lambda x, a=a, b=b, w=w: a * np.cos(w * x) + b * np.sin(w * x)  # noqa: E731
        df = w * (-a * np.sin(w * theta) + b * np.cos(w * theta))
        assert _trig(f, theta) == pytest.approx(df, abs=1e-14)


@pytest.mark.parametrize(("task", "noise", "figure", "prep"), [
    ("single", "amplitude_damping", "per_shot", None), ("single", "dephasing", "per_time", (0.01, 0.05)),
    ("multi", "depolarizing", "per_shot", (0.002, 0.02)), ("single", "bit_flip", "per_shot", None)])
def test_exact_shift_gradients_equal_autodiff(task, noise, figure, prep):
    theta0 = (0.2,) if task == "single" else (0.1, -0.2, 0.3)
    model = SensingModel(3, task, noise, 0.1, operating_point=theta0, preparation_noise=prep)
    km, packed = KernelModel.of(model), PackedCircuits.pack([Circuit(3, GENES, "ghz")], 6).row(0)
    angles, log_t = jnp.asarray(packed.angle), jnp.asarray(np.log(2.0))
    value, grads = kernel.neg_log_figure(task, figure)((angles, log_t, None), packed, km)
    v, g, g_t = shift_gradient(angles, log_t, packed, km, len(GENES), task=task, figure=figure)
    assert v == pytest.approx(float(value), rel=1e-12)
    np.testing.assert_allclose(g, np.asarray(grads[0]), rtol=0, atol=1e-8)
    assert g_t == pytest.approx(float(grads[1]), rel=1e-10)
    assert np.abs(g).max() > 1e-2  # a gradient that is not zero


def test_shot_gradients_scatter_about_the_exact_ones_as_one_over_root_m():
    model = SensingModel(3, "single", "amplitude_damping", 0.1, operating_point=(0.2,))
    km, packed = KernelModel.of(model), PackedCircuits.pack([Circuit(3, GENES, "ghz")], 6).row(0)
    args = (jnp.asarray(packed.angle), jnp.asarray(np.log(2.0)), packed, km, len(GENES))
    exact = shift_gradient(*args, task="single", figure="per_shot")[1]
    errors = []
    for m in (100, 10_000):
        rng = np.random.default_rng(5)
        draws = np.array([shift_gradient(*args, task="single", figure="per_shot", shots=m, rng=rng)[1]
                          for _ in range(20)])
        errors.append(np.sqrt(np.mean((draws - exact) ** 2)))
        assert abs(draws.mean(axis=0) - exact).max() < 4 * errors[-1] / np.sqrt(20) + 1e-12  # unbiased
    assert 5 < errors[0] / errors[1] < 20  # sqrt(100) = 10


@pytest.mark.integration
def test_parameter_shift_refinement_matches_the_adam_refinement():
    model = SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=(0.2,))
    circuit = Circuit(2, (Gene("RY", 0, None, 0.4), Gene("CRX", 0, 1, 0.5)), "zero")
    grid = np.geomspace(0.2, 20, 8)
    common = dict(steps=40, learning_rate=0.05, prune=False)
    adam = refine_circuit(circuit, model, grid, "per_shot", RefineOptions(method="adam", **common))
    shift = refine_circuit(circuit, model, grid, "per_shot", RefineOptions(method="parameter_shift", **common))
    np.testing.assert_allclose(shift.trace, adam.trace, rtol=1e-9)
    assert shift.best.value == pytest.approx(adam.best.value, rel=1e-9) and shift.improved
    with pytest.raises(VqsError, match="parameter_shift"):
        refine_circuit(circuit.with_readout([(0.0, 0.0)] * 2), model, grid, "local_cfi_per_shot",
                       RefineOptions(method="parameter_shift"))
    with pytest.raises(VqsError, match="shots"):
        RefineOptions(method="parameter_shift", shots=0)
