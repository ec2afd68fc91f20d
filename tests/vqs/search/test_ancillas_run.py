"""``model.ancillas`` end to end: a tiny vqs run, its files, export, vqs measure, vqs qfi --ancillas."""

import json

import numpy as np
import pytest

from ansatz.io import load_circuit
from vqs.cli import main
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_circuits
from vqs.search.pipeline import run
from vqs.search.schema import parse_config

TINY = {
    "name": "anc",
    "seed": 1,
    "model": {"n_qubits": 2, "ancillas": 1, "task": "multi", "noise": "dephasing", "gamma": 0.1,
              "operating_point": [0.01, 0.01, 0.01]},
    "time_grid": {"points": 8, "gamma_t_max": 3},
    "ga": {"population": 6, "generations": 2, "max_genes": 5, "initial_genes": [1, 3], "local_steps": 0},
    "refine": {"method": "adam", "top_k": 1, "steps": 5, "learning_rate": 0.05},
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("ancillas") / "anc"
    run(parse_config(TINY), out)
    return out


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_run_records_the_ancillas(run_dir):
    result = json.loads((run_dir / "result.json").read_text())
    assert (result["n_qubits"], result["ancillas"]) == (2, 1)
    circuit = load_circuit(run_dir / "circuit.json")
    assert (circuit.n_qubits, circuit.ancillas) == (3, 1)
    assert json.loads((run_dir / "circuit.json").read_text())["ancillas"] == 1
    qasm = (run_dir / "circuit.qasm").read_text()
    assert "qreg q[3];" in qasm and "ancillas: q[2]..q[2]" in qasm
    # the reported figure is the circuit's, rescored with the ancilla model at t*
    model = SensingModel(2, "multi", "dephasing", 0.1, operating_point=(0.01,) * 3, ancillas=1)
    t = result["vqs"]["t_star"]
    q = qfi_of_circuits(circuit, model, [t]).qcrb[0, 0]
    assert result["vqs"]["qcrb"] == pytest.approx(q, rel=1e-8)


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_measure_reads_out_every_wire(run_dir, capsys):
    assert main(["measure", str(run_dir), "--starts", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["model"]["ancillas"] == 1
    assert len(out["local"]["angles"]) == 3  # one direction per wire, the ancilla included
    assert out["local"]["qcrb"] >= out["qcrb"] * (1 - 1e-9)


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_export_json_keeps_the_ancillas(run_dir, tmp_path, capsys):
    target = tmp_path / "c.json"
    assert main(["export", str(run_dir), "--format", "json", "--output", str(target)]) == 0
    assert load_circuit(target).ancillas == 1


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_qfi_cli_reads_the_ancillas_from_circuit_json(run_dir, capsys):
    result = json.loads((run_dir / "result.json").read_text())
    t = result["vqs"]["t_star"]
    args = ["qfi", "--probe", str(run_dir / "circuit.json"), "--task", "multi", "--noise", "dephasing", "--gamma",
            "0.1", "--operating-point", "0.01,0.01,0.01", "--times", repr(t), "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["model"]["n_qubits"], out["model"]["ancillas"]) == (2, 1)
    assert out["qcrb"][0] == pytest.approx(result["vqs"]["qcrb"], rel=1e-8)
    assert main(args + ["--qubits", "3"]) == 2  # 2 sensors in that file
    assert "has 2 sensor qubits" in capsys.readouterr().err


def test_qfi_cli_ancillas(capsys):
    assert main(["qfi", "--probe", "ghz", "--qubits", "1", "--ancillas", "1", "--noise", "none", "--gamma", "0",
                 "--times", "1,2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["model"]["ancillas"] == 1
    np.testing.assert_allclose(out["qfi"], [1.0, 4.0], rtol=1e-12)  # a Bell probe: one qubit's t^2


@pytest.mark.parametrize("args,message", [
    (["--ancillas", "-1"], "--ancillas must be >= 0"),
    (["--ancillas", "1", "--engine", "pennylane"], "pennylane engine does not model ancillas"),
])
def test_qfi_cli_refusals(args, message, capsys):
    base = ["qfi", "--probe", "ghz", "--qubits", "2", "--noise", "dephasing", "--gamma", "0.1", "--times", "1"]
    assert main(base + args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


@pytest.mark.parametrize("model,message", [
    ({"ancillas": -1}, "greater than or equal to 0"),
    ({"ancillas": 9}, "at most 10"),
])
def test_config_refuses_bad_ancillas(model, message):
    raw = json.loads(json.dumps(TINY))
    raw["model"].update(model)
    with pytest.raises(Exception, match=message):
        parse_config(raw)
