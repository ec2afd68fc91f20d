"""The distributed study's cells (vqs.report.distributed): models of the four tasks and the
weight-matched GHZ probe, against closed forms without noise."""

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_states
from vqs.report.distributed import cell_model, matched_ghz


@pytest.mark.parametrize("task, weights, gammas", [
    ("average", (1 / 3,) * 3, None),
    ("gradient", (1.0, -1.0, 0.0), None),
    ("weighted", (1.0, 0.5, 0.25), None),
    ("heterogeneous", (1 / 3,) * 3, (0.05, 0.125, 0.2)),
])
def test_cell_models(task, weights, gammas):
    m = cell_model(task, "dephasing", 3, 0.1, 0.01)
    assert m.local_field and m.function_weights == pytest.approx(weights) and m.operating_point == (0.01,) * 3
    assert (m.nodes is None) == (gammas is None)
    if gammas:
        assert [g for _, g in m.nodes] == pytest.approx(gammas)
    with pytest.raises(VqsError, match="unknown study task"):
        cell_model("sum", "dephasing", 3, 0.1, 0.0)


@pytest.mark.parametrize("weights, value", [
    ((1.0, -1.0, 0.0), 4 * 1.5**2 / 4),  # (|01> + |10>)/sqrt 2 on nodes 1, 2: F = t^2 (1,-1)(1,-1)^T, q = th1 - th2
    ((0.5, 0.5), 1.5**2 * 4),  # GHZ: F_q = N^2 t^2
    ((1.0, 0.5, 0.25), 0.0),  # unequal weights: not identifiable from a GHZ-type probe
])
def test_matched_ghz_without_noise(weights, value):
    n = len(weights)
    m = SensingModel(n, "single", "none", 0.0, field="local", function_weights=weights)
    got = qfi_of_states(matched_ghz(weights), m, [1.5]).qfi[0, 0]
    np.testing.assert_allclose(got, value, rtol=1e-10, atol=1e-12)
