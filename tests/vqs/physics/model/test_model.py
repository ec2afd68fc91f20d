import math

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"n_qubits": 0}, "n_qubits"),
        ({"n_qubits": 2, "task": "vector"}, "unknown task"),
        ({"n_qubits": 2, "noise": "thermal"}, "unknown noise"),
        ({"n_qubits": 2, "gamma": -0.1}, "gamma"),
        ({"n_qubits": 2, "gamma": float("nan")}, "gamma"),
        ({"n_qubits": 2, "task": "multi", "operating_point": (0.0,)}, "operating point"),
        ({"n_qubits": 2, "weights": ((1.0, 2.0), (0.0, 1.0))}, "weights"),
    ],
)
def test_invalid_models_are_rejected(kwargs, message):
    with pytest.raises(VqsError, match=message):
        SensingModel(**kwargs)


@pytest.mark.parametrize("noise", ["amplitude_damping", "bit_flip", "dephasing"])
@pytest.mark.parametrize("task", ["single", "multi"])
def test_channel_derivative_matches_central_difference(noise, task):
    theta0 = (0.4,) if task == "single" else (0.2, -0.1, 0.3)
    model = SensingModel(1, task, noise, 0.2, operating_point=theta0)
    t, h = 2.5, 1e-5
    _, ds = model.channel(t)
    for a in range(model.n_params):
        e = np.zeros(model.n_params)
        e[a] = h
        plus, _ = model.channel(t, np.add(theta0, e))
        minus, _ = model.channel(t, np.subtract(theta0, e))
        np.testing.assert_allclose(ds[a], (plus - minus) / (2 * h), atol=1e-9)


@pytest.mark.parametrize("task, given, expected", [
    ("single", 0.01, (0.01,)),
    ("single", np.float64(0.5), (0.5,)),
    ("single", [2], (2.0,)),
    ("multi", (0.1, 0, 0.2), (0.1, 0.0, 0.2)),
])
def test_operating_point_accepts_a_bare_number_where_unambiguous(task, given, expected):
    assert SensingModel(2, task, "dephasing", 0.1, operating_point=given).operating_point == expected


@pytest.mark.parametrize("task, given", [
    ("multi", 0.01), ("single", "0.01"), ("single", True), ("single", [None]), ("single", [math.nan]),
    ("single", [math.inf]), ("multi", [0.1, 0.2]), ("single", object()),
])
def test_bad_operating_points_are_one_vqs_error(task, given):
    with pytest.raises(VqsError, match="operating point for the"):
        SensingModel(2, task, "dephasing", 0.1, operating_point=given)


@pytest.mark.parametrize("omega0, t_max, ok", [
    (1e4, 100.0, True), (1e5, 10.0, True), (1e6, 1.0, True), (1e10, 20.0, False), (1e15, 1e-3, False),
    (-1e7, 1.0, False), (1e308, 20.0, False),
])
def test_phase_range_of_the_operating_point(omega0, t_max, ok):
    """|theta| t_max <= PHASE_MAX (1e6): float64 keeps the QFI to ~1e-9 there (docs/model.md)."""
    from vqs import _checks
    from vqs.physics.qfi import ghz_circuit, qfi_of_circuits

    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=omega0)
    assert _checks.PHASE_MAX == 1e6
    if ok:
        assert model.sensing_times([t_max / 2, t_max]).max() == t_max
    else:
        with pytest.raises(VqsError, match="exceeds 1e"):
            model.sensing_times([t_max])
        with pytest.raises(VqsError, match="exceeds 1e"):
            qfi_of_circuits(ghz_circuit(2), model, [t_max])


def test_phase_range_keeps_the_ghz_closed_form():
    """At the edge of the range (|omega0| t_max = 1e6) GHZ under dephasing still gives
    N^2 t^2 e^(-2 N gamma t) to 1e-8 (the QFI does not depend on omega0 there)."""
    from vqs.physics.qfi import ghz_circuit, qfi_of_circuits

    t = np.array([1.0, 5.0, 20.0])
    model = SensingModel(3, "single", "dephasing", 0.1, operating_point=1e6 / 20.0)
    qfi = np.asarray(qfi_of_circuits(ghz_circuit(3), model, t).qfi[0])
    np.testing.assert_allclose(qfi, 9 * t**2 * np.exp(-0.6 * t), rtol=1e-8)


def test_circuit_error_is_a_vqs_error():
    from ansatz import CircuitError

    assert issubclass(CircuitError, VqsError)
    with pytest.raises(VqsError):
        from ansatz import Circuit
        Circuit(2, (), "nope")
