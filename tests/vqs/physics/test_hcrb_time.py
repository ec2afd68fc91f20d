"""The HCRB of probes over time (vqs.physics.hcrb_time): diagnostic closed forms, best time, refusals."""

import numpy as np
import pytest
from continuity_helpers import assert_first_order

from ansatz import Circuit, Gene
from vqs.errors import VqsError
from vqs.physics.hcrb_time import best_hcrb_time, hcrb_curve, hcrb_point, weak_commutativity
from vqs.physics.kernel.holevo import hcrb
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import ghz_circuit
from vqs.physics.readout.measurement import output_state

PAULI = np.array([[[0, 1], [1, 0]], [[0, -1j], [1j, 0]], [[1, 0], [0, -1]]])


# (rho diagonal, derivative generators, expected diagnostic)
DIAGNOSTIC_CASES = [
    # a pure qubit rotated about x and y: L_a = 2 d_a rho, Tr(rho [L_x, L_y]) = 2i, F = I: 2
    ((1.0, 0.0), "rotations", 2.0),
    # commuting (diagonal) derivatives: 0
    ((0.7, 0.3), "diagonal", 0.0),
]


@pytest.mark.parametrize(("diag", "kind", "expected"), DIAGNOSTIC_CASES)
def test_weak_commutativity_closed_forms(diag, kind, expected):
    rho = np.diag(diag).astype(complex)
    if kind == "rotations":
        drho = np.array([-0.5j * (p @ rho - rho @ p) for p in PAULI[:2]])
    else:
        drho = np.array([np.diag([1.0, -1.0]), np.diag([0.5, -0.5])]).astype(complex)
    assert weak_commutativity(rho, drho) == pytest.approx(expected, abs=1e-12)


def test_point_is_the_hcrb_of_the_output_state():
    model = SensingModel(2, "multi", "amplitude_damping", 0.1, operating_point=(0.02, 0.01, 0.03))
    p = hcrb_point(ghz_circuit(2), model, 3.0)
    r = hcrb(*output_state(ghz_circuit(2), model, 3.0))
    assert p.hcrb == pytest.approx(r.value, rel=1e-12) and p.qcrb == pytest.approx(r.qcrb, rel=1e-12)
    assert p.qcrb <= p.hcrb <= 2 * p.qcrb and p.ratio == pytest.approx(p.hcrb / p.qcrb)


@pytest.mark.parametrize("figure", ["hcrb_per_shot", "hcrb_per_time"])
def test_best_time_beats_the_grid_and_is_interior(figure):
    model = SensingModel(2, "multi", "dephasing", 0.1, operating_point=(0.02, 0.01, 0.03))
    grid = np.geomspace(0.5, 20.0, 6)
    curve = hcrb_curve(ghz_circuit(2), model, grid)
    best = best_hcrb_time(ghz_circuit(2), model, grid, figure, curve)
    per_time = figure.endswith("time")
    grid_values = [1 / (p.hcrb * (p.t if per_time else 1.0)) for p in curve]
    assert best.value >= max(grid_values) * (1 - 1e-12)
    assert best.value == pytest.approx(1 / (best.point.hcrb * (best.t_star if per_time else 1.0)), rel=1e-12)
    assert not best.at_edge
    # the t* of the figure: a small step either way does not improve it
    for t in (best.t_star * 0.99, best.t_star * 1.01):
        p = hcrb_point(ghz_circuit(2), model, t)
        assert 1 / (p.hcrb * (t if per_time else 1.0)) <= best.value * (1 + 1e-9)


def test_single_task_is_refused():
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,))
    with pytest.raises(VqsError, match="multi task"):
        hcrb_point(ghz_circuit(2), model, 1.0)


@pytest.mark.parametrize("noise", ["amplitude_damping", "dephasing", "bit_flip"])
@pytest.mark.parametrize("step", [1e-4, 1e-5])
def test_hcrb_is_continuous_in_the_operating_point_and_the_angles(noise, step):
    """Moving the operating point (each axis) or every gene angle by a small step changes the HCRB of a
    probe whose SLDs do not commute weakly by a first-order amount (no jump at generic points)."""
    circuit = Circuit(2, (Gene("RY", 0, angle=0.4), Gene("CRX", 1, 0, 0.7), Gene("RZ", 1, angle=0.3)), "ghz")
    model = SensingModel(2, "multi", noise, 0.1, operating_point=(0.01, 0.02, 0.03))
    assert hcrb_point(circuit, model, 4.0).ratio > 1.0 + 1e-4  # a point where the Holevo bound differs from the QCRB
    assert_first_order(lambda c, m: hcrb_point(c, m, 4.0).hcrb, circuit, model, step)
