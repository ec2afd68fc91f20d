"""The certificate for q = w.theta (vqs.physics.optimum.function_bound): the channel-extension bound
with a channel per node, minimised over directions v, lies above the see-saw in that direction and
above a brute-force optimum over input states; with identical nodes and the average it is the
single-parameter bound of the common field."""

import numpy as np
import pytest

from vqs.physics.model.kraus import kraus_and_derivative
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.bounds import ce_bound
from vqs.physics.optimum.function_bound import (
    direction_bound,
    direction_optimum,
    function_optimum,
    function_qfi_bound,
    state_function_qfi,
)
from vqs.physics.qfi import qfi_of_states

NODES = [("dephasing", 0.05), ("amplitude_damping", 0.2)]


@pytest.mark.parametrize("noise, n", [("dephasing", 2), ("amplitude_damping", 3)])
def test_identical_nodes_and_the_average_give_the_common_field_bound(noise, n):
    t = 1.7
    common = SensingModel(n, "single", noise, 0.1, operating_point=0.01)
    s, ds = common.channel(t)
    expected, _ = ce_bound(*kraus_and_derivative(s, ds[0]), n)
    local = SensingModel(n, "single", noise, 0.1, field="local", operating_point=0.01)
    got = function_qfi_bound(local, t)
    np.testing.assert_allclose(got.qfi, expected, rtol=1e-9)  # F_q <= F_1^CE / (w.1)^2 = CE bound (w = 1/N)


@pytest.mark.parametrize("a, b, v, value", [
    (np.array([1.0, 2.0]), np.array([0.5, 1.0]), [1, 1], 4 * (3 + 1.5**2 - 1.25)),
    (np.array([1.0, 2.0]), np.array([0.5, 1.0]), [1, 0], 4 * 1.0),
    (np.array([1.0, 2.0]), np.array([0.5, 1.0]), [-2, 1], 4 * (4 + 2 + 2**2 - 1 - 1)),
])
def test_direction_bound_closed_form(a, b, v, value):
    assert direction_bound(a, b, v) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("weights, t", [((1.0, -1.0), 2.0), ((1.0, -1.0), 6.0), ((1.0, 0.5), 3.0)])
def test_certificate_above_the_brute_force_optimum_at_n2(weights, t):
    model = SensingModel(2, "single", "dephasing", 0.1, field="local", function_weights=weights, nodes=NODES,
                         operating_point=0.01)
    bound = function_qfi_bound(model, t)
    matched = np.array([0, 1, 1, 0], complex) / np.sqrt(2)  # (|01> + |10>)/sqrt 2: senses theta_1 - theta_2
    estimate, psi = function_optimum(model, t, starts=6, initial_states=[matched])
    seesaw, _ = direction_optimum(model, t, bound.v, starts=4)
    w = np.asarray(weights)
    assert estimate <= seesaw / float(w @ bound.v) ** 2 * (1 + 1e-7) <= bound.qfi * (1 + 1e-9)
    assert estimate >= state_function_qfi(model, t, matched) - 1e-9
    kernel = qfi_of_states(psi, model, [t]).qfi[0, 0]  # the estimate's state scored by the kernel
    np.testing.assert_allclose(kernel, estimate, rtol=1e-6)
