"""``vqs qfi --field local``: the target's QFI and identifiability per time beside the full QFI matrix."""

import json

import numpy as np
import pytest

from vqs.cli import main


def test_local_json_ghz_average_and_gradient(capsys):
    args = ["qfi", "--probe", "ghz", "--qubits", "3", "--noise", "dephasing", "--gamma", "0.1", "--times", "1,2",
            "--field", "local", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    t = np.array(out["times"])
    np.testing.assert_allclose(out["function_qfi"], 9 * t**2 * np.exp(-0.6 * t), rtol=1e-9)  # = the common field
    assert out["identifiable"] == [True, True] and np.array(out["qfim"]).shape == (2, 3, 3)
    assert out["model"]["weights"] == pytest.approx([1 / 3] * 3) and "qfi" not in out
    assert main(args[:-1] + ["--weights", "1,-1,0", "--node-gammas", "0.05,0.1,0.2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["identifiable"] == [False, False] and out["function_qfi"] == [0.0, 0.0]
    assert out["qcrb"] == [None, None] and [n["gamma"] for n in out["model"]["nodes"]] == [0.05, 0.1, 0.2]


@pytest.mark.parametrize("extra, message", [
    (["--weights", "1,1"], "--field local"),
    (["--field", "local", "--weights", "1,2,3"], "weights must be 2"),
    (["--field", "local", "--weights", "0,0"], "not all zero"),
    (["--node-gammas", "0.1"], "one {noise, gamma} per sensor"),
    (["--field", "local", "--engine", "pennylane"], "jax engine"),
])
def test_local_refusals(extra, message, capsys):
    code = main(["qfi", "--probe", "ghz", "--qubits", "2", "--noise", "dephasing", "--gamma", "0.1", "--times", "1"]
                + extra)
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
