"""``model.preparation_noise`` end to end: a tiny vqs run records it, scores VQS and GHZ with their noisy
preparations, and vqs measure / vqs estimate read it back from result.json."""

import json

import numpy as np
import pytest
from run_configs import tiny_run

from ansatz.io import load_circuit
from vqs.cli import main
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_circuits
from vqs.search.pipeline import run
from vqs.search.schema import parse_config

P1, P2, GAMMA = 0.01, 0.05, 0.2
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("prep") / "prep"
    config = tiny_run(model={"preparation_noise": [P1, P2], "operating_point": [0.3]})
    run(parse_config(config), out)
    return out


def test_run_scores_noisy_probes(run_dir):
    result = json.loads((run_dir / "result.json").read_text())
    assert result["preparation_noise"] == [P1, P2]
    assert f"preparation noise p1={P1:g} p2={P2:g}" in (run_dir / "circuit.qasm").read_text()  # the export says so
    t = result["ghz"]["t_star"]
    ghz = 4 * t**2 * np.exp(-4 * GAMMA * t) * (1 - P1) ** 2 * (1 - P2) ** 2 / (1 - P2 / 2)
    assert result["ghz"]["qfi"] == pytest.approx(ghz, rel=1e-8)
    model = SensingModel(2, "single", "dephasing", GAMMA, operating_point=(0.3,), preparation_noise=(P1, P2))
    circuit = load_circuit(run_dir / "circuit.json")
    t = result["vqs"]["t_star"]
    assert result["vqs"]["qfi"] == pytest.approx(qfi_of_circuits(circuit, model, [t]).qfi[0, 0], rel=1e-8)


def test_measure_and_estimate_use_the_noisy_probe(run_dir, capsys):
    result = json.loads((run_dir / "result.json").read_text())
    assert main(["measure", str(run_dir), "--starts", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["qfi"] == pytest.approx(result["vqs"]["qfi"], rel=1e-8)
    assert main(["estimate", str(run_dir), "--shots", "1000", "--trials", "20", "--json"]) == 0
    est = json.loads(capsys.readouterr().out)
    assert est["qfi"] == pytest.approx(result["vqs"]["qfi"], rel=1e-8)
    assert est["rows"][0]["shots"] == 1000 and est["rows"][0]["mse"] > 0
