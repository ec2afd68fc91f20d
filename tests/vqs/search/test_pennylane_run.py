"""A run with engine: pennylane: every reported number from PennyLane; gradient settings refused."""

import json

import numpy as np
import pytest
import yaml
from run_configs import tiny_run

from ansatz.io import load_circuit
from vqs.cli import main
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits
from vqs.search.schema import parse_config

PL_RUN = tiny_run(engine="pennylane", ga={"population": 4, "generations": 1, "local_steps": 0},
                  refine={"method": "cobyla", "maxiter": 15})


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_tiny_pennylane_run(tmp_path, capsys):
    cfg = tmp_path / "pl.yaml"
    cfg.write_text(yaml.safe_dump(PL_RUN))
    out = tmp_path / "run"
    assert main(["run", str(cfg), "--out", str(out), "--quiet"]) == 0
    assert "engine pennylane" in capsys.readouterr().out
    result = json.loads((out / "result.json").read_text())
    assert result["engine"] == "pennylane"
    config = parse_config(PL_RUN)
    model, grid = config.model.build(), config.time_grid.times(config.model.build())
    circuit = load_circuit(out / "circuit.json")
    # the reported scores are PennyLane's: rescoring with it reproduces them to rounding
    vqs, = best_times_of_circuits(circuit, model, grid, config.figure_of_merit, engine="pennylane")
    ghz, = best_times_of_circuits(ghz_circuit(2), model, grid, config.figure_of_merit, engine="pennylane")
    assert result["vqs"]["best"] == pytest.approx(vqs.value, rel=1e-12)
    assert result["ghz"]["best"] == pytest.approx(ghz.value, rel=1e-12)
    assert result["vqs"]["t_star"] == pytest.approx(vqs.t_star, rel=1e-9)
    # and agree with the jax engine to 1e-8
    f = qfi_of_circuits(circuit, model, [result["vqs"]["t_star"]]).qfi[0, 0]
    assert f == pytest.approx(result["vqs"]["qfi"], rel=1e-8)
    ghz_exact = 1 / (np.e * model.gamma) ** 2  # GHZ under dephasing, per shot
    assert result["ghz"]["best"] == pytest.approx(ghz_exact, rel=1e-9)


@pytest.mark.parametrize("change, message", [
    ({"ga": {"local_steps": 2}}, "ga.local_steps: 0"),
    ({"refine": {"method": "adam"}}, "refine.method cobyla or none (got adam)"),
    ({"model": {"n_qubits": 7}}, "at most 6 qubits"),
])
def test_gradient_settings_and_large_n_are_refused_at_load(tmp_path, capsys, change, message):
    raw = tiny_run(engine="pennylane", ga={"local_steps": 0}, refine={"method": "cobyla"})
    for key, section in change.items():
        raw[key].update(section)
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(yaml.safe_dump(raw))
    assert main(["run", str(cfg), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
