"""``model.field: local`` / ``model.nodes`` in run configs: validation (fast) and a tiny vqs run (integration)."""

import json

import numpy as np
import pytest

from ansatz.io import load_circuit
from vqs.cli import main
from vqs.errors import VqsError
from vqs.io import read_json
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_circuits
from vqs.search.pipeline import run
from vqs.search.rundir import RunResult
from vqs.search.schema import parse_config

TINY = {
    "name": "loc",
    "seed": 1,
    "model": {"n_qubits": 2, "task": "single", "noise": "dephasing", "gamma": 0.1, "operating_point": [0.01],
              "field": "local", "weights": [1.0, -1.0],
              "nodes": [{"gamma": 0.05}, {"noise": "amplitude_damping", "gamma": 0.2}]},
    "time_grid": {"points": 8},
    "ga": {"population": 6, "generations": 2, "max_genes": 4, "initial_genes": [1, 3], "local_steps": 2},
    "refine": {"method": "adam", "top_k": 1, "steps": 5, "learning_rate": 0.05},
}


def _with(**model):
    raw = json.loads(json.dumps(TINY))
    raw["model"].update(model)
    return raw


def test_config_builds_the_local_model():
    model = parse_config(TINY).model.build()
    assert model.local_field and model.function_weights == (1.0, -1.0) and model.operating_point == (0.01, 0.01)
    assert model.nodes == (("dephasing", 0.05), ("amplitude_damping", 0.2))
    default = parse_config(_with(field="common", weights=None, nodes=None)).model.build()
    assert default == SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,))


@pytest.mark.parametrize("model, message", [
    ({"field": "common"}, "model: function_weights (the target q = w.theta) need the local field"),
    ({"weights": [1.0, 2.0, 3.0]}, "model: weights must be 2 finite numbers (one per sensor)"),
    ({"nodes": [{"gamma": 0.1}]}, "model: nodes must list one {noise, gamma} per sensor qubit (2), got 1"),
    ({"task": "multi", "operating_point": None, "weights": None}, "is defined for the single task"),
])
def test_config_refusals(model, message):
    with pytest.raises(VqsError) as err:
        parse_config(_with(**model))
    assert message in str(err.value) and "\n" not in str(err.value).strip()


def test_engine_and_figure_refusals():
    raw = _with()
    raw["engine"] = "pennylane"
    raw["ga"]["local_steps"] = 0
    raw["refine"] = {"method": "cobyla", "top_k": 1}
    with pytest.raises(VqsError, match="need engine: jax"):
        parse_config(raw)
    raw = _with()
    raw["figure_of_merit"] = "local_cfi_per_shot"
    with pytest.raises(VqsError, match="not available with model.field: local"):
        parse_config(raw)


@pytest.mark.integration
def test_tiny_local_run_records_weights_nodes_and_the_function_figure(tmp_path, capsys):
    out = tmp_path / "loc"
    run(parse_config(TINY), out)
    result = read_json(out / "result.json")  # strict JSON: GHZ's infinite qcrb is null plus a flag
    assert result["field"] == "local" and result["weights"] == [1.0, -1.0]
    assert result["nodes"] == [{"noise": "dephasing", "gamma": 0.05}, {"noise": "amplitude_damping", "gamma": 0.2}]
    assert RunResult.from_dict(result).field == "local"
    vqs, ghz = result["vqs"], result["ghz"]
    assert ghz["identifiable"] is False and ghz["best"] == 0.0  # GHZ senses theta_1 + theta_2 only
    assert vqs["identifiable"] is True and vqs["function_qfi"] == pytest.approx(vqs["best"], rel=1e-12)
    model = parse_config(TINY).model.build()
    curve = qfi_of_circuits(load_circuit(out / "circuit.json"), model, [vqs["t_star"]])
    np.testing.assert_allclose(curve.qfi[0, 0], vqs["best"], rtol=1e-8)
    np.testing.assert_allclose(curve.qfim[0, 0], vqs["qfim"], rtol=1e-8)
    assert main(["measure", str(out)]) == 2 and "local field" in capsys.readouterr().err
    assert main(["export", str(out), "--format", "qasm", "--output", str(tmp_path / "c.qasm")]) == 0
