"""Finite shots: the MLE of the field from M outcomes reaches 1/(M CFI) for large M, is seeded, and
refuses what it cannot estimate."""

import numpy as np
import pytest

from ansatz import Circuit, Gene
from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.readout.estimation import outcome_table, shot_study

GHZ2 = Circuit(2, (), "ghz")


def test_sld_readout_mle_reaches_the_cramer_rao_bound():
    """GHZ, N = 2, dephasing: C = F = 4 t^2 e^(-4 gamma t) for the SLD readout; MSE M C within 20%."""
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.3,))
    study = shot_study(GHZ2, model, 2.5, [1000, 100_000], 400, "sld", seed=3)
    assert study.cfi == pytest.approx(4 * 2.5**2 * np.exp(-1.0), rel=1e-9)
    assert study.qfi == pytest.approx(study.cfi, rel=1e-9)
    for row in study.to_dict()["rows"]:
        assert abs(row["mse_over_cramer_rao"] - 1) < 0.2
        assert row["mse_stderr"] < 0.1 * row["mse"] * 2.5  # sqrt(2/K) ~ 7% for a Gaussian estimate
    again = shot_study(GHZ2, model, 2.5, [1000, 100_000], 400, "sld", seed=3)
    assert again == study  # seeded


def test_local_readout_uses_the_circuits_own_and_the_table_is_the_exact_distribution():
    model = SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=(0.3,), preparation_noise=(0.01, 0.05))
    circuit = Circuit(2, (Gene("RY", 1, None, 0.4),), "ghz").with_readout([(np.pi / 2, 0.2), (np.pi / 2, -0.1)])
    study = shot_study(circuit, model, 2.0, [20_000], 300, "local", seed=1)
    assert 0 < study.cfi < study.qfi
    assert abs(study.to_dict()["rows"][0]["mse_over_cramer_rao"] - 1) < 0.25
    basis = np.eye(4)  # the computational basis: the table at omega0 is diag(rho) after sensing
    from vqs.physics.readout.measurement import output_state

    rho, _ = output_state(circuit, model, 2.0)
    np.testing.assert_allclose(outcome_table(circuit, model, 2.0, basis, np.array([0.3]))[0], np.diag(rho).real,
                               atol=1e-12)


def test_refusals():
    with pytest.raises(VqsError, match="single task"):
        shot_study(GHZ2, SensingModel(2, "multi", "dephasing", 0.1, (0.1, 0.2, 0.3)), 1.0, [10], 5)
    with pytest.raises(VqsError, match="readout"):
        shot_study(GHZ2, SensingModel(2, "single", "dephasing", 0.1, (0.1,)), 1.0, [10], 5, "parity")
