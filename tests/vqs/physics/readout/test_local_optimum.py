"""The local-readout estimate of the best probe (vqs.physics.readout.local_optimum): for one qubit a
projective readout reaches the QFI, so the estimate equals the see-saw optimum; at N = 2 it lies
between the best local readout of GHZ (and of any probe it starts from) and the QFI optimum."""

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.model.links import Links
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.certificate import optimal_over_time
from vqs.physics.qfi import ghz_circuit
from vqs.physics.readout.local_optimum import local_optimum
from vqs.physics.readout.local_readout import best_local_over_time

GRID = np.geomspace(0.3, 60.0, 16)


@pytest.mark.parametrize("noise, gamma, link, figure", [
    ("dephasing", 0.1, 0.9, "per_time"),
    ("amplitude_damping", 0.2, 0.8, "per_time"),
    ("depolarizing", 0.1, 0.95, "per_time"),
])
def test_one_qubit_reaches_the_qfi_optimum(noise, gamma, link, figure):
    links = None if link is None else Links("remote", (link,))
    model = SensingModel(1, "single", noise, gamma, operating_point=(0.01,), links=links)
    est = local_optimum(model, f"local_cfi_{figure}", GRID, starts=3, readout_starts=1)
    qfi = optimal_over_time(model, GRID, figure, starts=3).value
    np.testing.assert_allclose(est["value"], qfi, rtol=1e-6)


@pytest.mark.parametrize("links", [Links("remote", (0.95, 0.7))])
def test_two_qubits_between_ghz_local_and_the_qfi_optimum(links):
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,), links=links)
    figure = "local_cfi_per_time"
    ghz, ghz_best = best_local_over_time(ghz_circuit(2), model, GRID, figure, starts=2)
    est = local_optimum(model, figure, GRID, starts=4, extra_starts=[
        (circuit_statevectors(ghz)[0], ghz.readout, ghz_best.t_star)])
    qfi = optimal_over_time(model, GRID, "per_time", starts=3).value
    assert ghz_best.value * (1 - 1e-9) <= est["value"] <= qfi * (1 + 1e-9)
    assert np.isclose(np.linalg.norm(np.array(est["state"]) @ [1, 1j]), 1.0)
    assert GRID[0] <= est["t_star"] <= GRID[-1] and np.shape(est["readout"]) == (2, 2)


def test_refuses_a_qfi_figure():
    model = SensingModel(1, "single", "dephasing", 0.1, operating_point=(0.01,))
    with pytest.raises(VqsError, match="local-CFI"):
        local_optimum(model, "per_time", GRID)
