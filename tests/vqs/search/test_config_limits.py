"""One validator per concept: the Python API and the config file refuse the same values.

For each concept (the genetic search, refinement, the fiber chain, the sensing scenario) a table
of bad values, each refused both by the API type (``GAConfig``, ``RefineOptions``, ``FiberParams``,
``SensingModel``) and by the config section that builds it, and a table of edge values that both
accept.
"""

from __future__ import annotations

import copy

import pytest
from run_configs import tiny_run

from ansatz import Circuit, Gene
from genetic import GAConfig
from vqs.errors import VqsError
from vqs.network.config import NetworkConfig
from vqs.network.fiber import FiberParams
from vqs.physics.model.sensing_model import SensingModel
from vqs.search.refine import RefineOptions
from vqs.search.schema import parse_config

TINY = tiny_run(ga={"generations": 1})


def _run_config(section: str, key: str, value) -> None:
    raw = copy.deepcopy(TINY)
    raw.setdefault(section, {})[key] = value
    parse_config(raw)


GA_BAD = [
    ("population", 1), ("population", 100_001), ("population", 2.5), ("population", True),
    ("generations", -1), ("generations", 100_001), ("elite", -1), ("elite", 8),
    ("tournament_size", 0), ("crossover_prob", 1.5), ("mutation_prob", -0.1),
    ("series_max", 0), ("series_max", 401), ("min_genes", -1), ("max_genes", 0), ("max_genes", 401),
    ("angle_sigma", 0.0), ("angle_sigma", -0.1), ("angle_sigma", 101.0),
    ("initial_genes", (5, 2)), ("initial_genes", (2, 31)), ("gates", ["RX", "CNOT"]), ("gates", ["rx"]),
    ("gates", []), ("gates", ["RX", "RX"]),
]


@pytest.mark.parametrize("key, value", GA_BAD)
def test_ga_limits_agree(key, value):
    with pytest.raises(ValueError, match="invalid GA config"):
        GAConfig(**{"population": 8, key: value})
    with pytest.raises(VqsError, match=key):
        _run_config("ga", key, list(value) if isinstance(value, tuple) else value)


@pytest.mark.parametrize("name, value", [("deletion", -1.0), ("swap", 2e6), ("perturbation", float("nan"))])
def test_operator_weight_limits_agree(name, value):
    with pytest.raises(ValueError, match=name):
        GAConfig(operator_weights={name: value})
    raw = copy.deepcopy(TINY)
    raw["ga"]["operators"] = {name: value}
    with pytest.raises(VqsError, match=name):
        parse_config(raw)


@pytest.mark.parametrize("key, value", [("angle_sigma", 100.0), ("max_genes", 400), ("generations", 100_000),
                                        ("min_genes", 0), ("series_max", 400)])
def test_ga_edges_accepted_by_both(key, value):
    GAConfig(**{key: value})
    raw = copy.deepcopy(TINY)
    raw["ga"][key] = value
    raw["ga"]["generations"] = value if key == "generations" else 1
    cfg = parse_config(raw)
    assert getattr(cfg.ga.build(), key) == value


REFINE_BAD = [("method", "bfgs"), ("optimizer", "lbfgs"), ("steps", 0), ("steps", 1_000_001),
              ("learning_rate", 0.0), ("learning_rate", 101.0), ("maxiter", 0), ("grow_layers", -1),
              ("grow_layers", 101), ("prune", "yes")]


@pytest.mark.parametrize("key, value", REFINE_BAD)
def test_refine_limits_agree(key, value):
    with pytest.raises(VqsError, match=key):
        RefineOptions(**{key: value})
    with pytest.raises(VqsError, match=key):
        _run_config("refine", key, value)


FIBER_BAD = [("n_repeaters", -1), ("n_repeaters", 30), ("attenuation_db_per_km", 0.0),
             ("c_fiber_km_per_s", 3e5), ("coupling_efficiency", 1.5), ("detector_efficiency", -0.1),
             ("bsm_efficiency", 2.0), ("swap_success", -1.0), ("link_fidelity", 1.01),
             ("memory_coherence_s", 0.0), ("multiplexing", 0), ("attempt_rate_hz", 1e13)]


@pytest.mark.parametrize("key, value", FIBER_BAD)
def test_fiber_limits_agree(key, value):
    with pytest.raises(VqsError, match=key):
        FiberParams(**{key: value})
    with pytest.raises(Exception, match=key):
        NetworkConfig.model_validate({"fiber": {key: value}})


def test_fiber_config_builds_the_same_params():
    assert NetworkConfig().fiber.params() == FiberParams()


MODEL_BAD = [
    ("n_qubits", 0, "n_qubits"), ("gamma", -0.1, "gamma"), ("noise", "thermal", "noise"),
    ("ancillas", -1, "ancillas"), ("operating_point", [0.1, 0.2], "operating point"),
]


@pytest.mark.parametrize("key, value, match", MODEL_BAD)
def test_model_limits_agree(key, value, match):
    api = {"operating_point": tuple(value)} if key == "operating_point" else {key: value}
    with pytest.raises(VqsError, match=match):
        SensingModel(**{"n_qubits": 2, **api})
    with pytest.raises(VqsError, match=match):
        _run_config("model", key, value)


@pytest.mark.parametrize("weights", [
    [[1, 0, 0], [0, 1, 0], [0, 0, -1]],      # indefinite
    [[1, 0, 0], [0, 1, 0], [0, 0, 0]],       # singular: the Holevo bound needs W > 0
    [[1, 1e-9, 0], [0, 1, 0], [0, 0, 1]],    # not symmetric
])
def test_weight_matrix_limits_agree(weights):
    with pytest.raises(VqsError, match="positive definite"):
        SensingModel(2, "multi", "dephasing", 0.1, weights=tuple(map(tuple, weights)))
    raw = copy.deepcopy(TINY)
    raw["model"] = {**raw["model"], "task": "multi", "weight_matrix": weights}
    with pytest.raises(VqsError, match="positive definite"):
        parse_config(raw)


@pytest.mark.parametrize("max_genes, n_genes, slots", [
    (4, 0, 4), (4, 3, 4), (4, 4, 4),   # the search's own circuits fit its kernel
    (4, 5, 5), (2, 9, 9),              # a longer circuit (a layered start, one read back) widens it
])
def test_gene_slots(max_genes, n_genes, slots):
    ga = parse_config(tiny_run(ga={"generations": 1, "min_genes": 0, "max_genes": max_genes,
                                   "initial_genes": [0, max_genes]})).ga
    circuit = Circuit(2, tuple(Gene("RX", k % 2, angle=0.1 * k) for k in range(n_genes)))
    assert ga.gene_slots(circuit) == slots
