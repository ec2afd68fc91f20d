import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.physics.model import SensingModel


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
