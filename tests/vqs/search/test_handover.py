"""Lamarckian hand-over (vqs/search/handover.py): the local steps' angles as the refinement's start."""

import numpy as np
import pytest

from ansatz import Circuit, Gene
from vqs.errors import VqsError
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times
from vqs.search.fitness import make_fitness
from vqs.search.handover import local_step_start
from vqs.search.schema import parse_config

GENOME = (Gene("RY", 0, None, 0.3), Gene("CRX", 1, 0, 2.0), Gene("RX", 1, None, -0.4))


@pytest.mark.parametrize("task, noise, figure, init", [
    ("single", "amplitude_damping", "per_time", "zero"),
    ("multi", "dephasing", "per_time", "ghz"),
])
def test_hand_over_reaches_what_the_search_scored(task, noise, figure, init):
    """The figure of the handed-over start is the search's local-step score of that genome (the same
    steps, recomputed), it beats the genome's grid score, and rescoring the new angles on a grid that
    holds the steps' t gives at least the grid score."""
    point = None if task == "single" else (0.01, 0.01, 0.01)
    model = SensingModel(2, task, noise, 0.1, operating_point=point)
    grid = default_times(model, 12)
    fit = make_fitness(model, grid, figure, 6, init, local_steps=25, local_learning_rate=0.1)
    circuit = Circuit(2, GENOME, init)
    start, value, grid_value = local_step_start(circuit, model, grid, figure, 6, 25, 0.1)
    np.testing.assert_allclose(value, fit([list(GENOME)])[0], rtol=1e-9)
    assert value > grid_value
    assert start.genes != circuit.genes and [g.wires for g in start.genes] == [g.wires for g in circuit.genes]
    rescored = best_times_of_circuits([start], model, grid, figure)[0].value
    assert rescored > grid_value


def test_no_steps_or_no_genes_keep_the_genome():
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=0.01)
    grid = default_times(model, 8)
    for circuit, steps in ((Circuit(2, GENOME, "ghz"), 0), (Circuit(2, (), "ghz"), 10)):
        start, value, grid_value = local_step_start(circuit, model, grid, "per_shot", 6, steps, 0.1)
        assert start == circuit and value == grid_value


BASE = {"model": {"n_qubits": 2, "task": "single", "noise": "dephasing", "gamma": 0.1}}


@pytest.mark.parametrize("ga, figure", [({"local_steps": 0}, "per_shot"),
                                        ({"local_steps": 5}, "local_cfi_per_shot")])
def test_config_refuses_a_hand_over_without_local_steps(ga, figure):
    with pytest.raises(VqsError, match="from_local_steps"):
        parse_config({**BASE, "ga": ga, "figure_of_merit": figure, "refine": {"from_local_steps": True}})
