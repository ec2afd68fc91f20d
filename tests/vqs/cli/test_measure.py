"""vqs measure: on a tiny finished run, measurement.json and measurement.qasm, and one-line errors."""

import json

import numpy as np
import pytest

from vqs.cli import main
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.readout.measurement import local_distribution
from vqs.search.pipeline import run
from vqs.search.rundir import RunDir, circuit_qasm
from vqs.search.schema import parse_config

TINY = {
    "name": "tiny",
    "seed": 1,
    "model": {"n_qubits": 2, "task": "single", "noise": "bit_flip", "gamma": 0.2, "operating_point": [0.01]},
    "time_grid": {"points": 8},
    "ga": {"population": 3, "elite": 1, "generations": 0, "max_genes": 3, "initial_genes": [1, 3], "local_steps": 0},
    "refine": {"method": "none", "top_k": 1},
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("measure") / "tiny"
    run(parse_config(TINY), out)
    return out


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_measure_writes_json_and_qasm(run_dir, capsys):
    assert main(["measure", str(run_dir), "--json", "--starts", "1", "--seed", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    rd = RunDir(run_dir)
    assert json.loads(rd.measurement.read_text()) == out
    result = rd.read_result()
    assert out["t_star"] == result.vqs.t_star and out["model"]["operating_point"] == [0.01]
    assert out["qfi"] == pytest.approx(result.vqs.qfi, rel=1e-8)  # the same state as the run scored
    assert out["sld"][0]["cfi"] == pytest.approx(out["qfi"], rel=1e-8)
    assert out["sld_check_max_relative_deviation"] < 1e-8
    for key in ("local", "all_x", "parity"):
        assert 0 <= out[key]["efficiency"] <= 1 + 1e-9
        assert out[key]["cfi"] == pytest.approx(out[key]["efficiency"] * out["qfi"], rel=1e-12)
    assert out["local"]["cfi"] >= out["all_x"]["cfi"] * (1 - 1e-9)  # all-X is one of the starts
    assert out["local"]["outcomes"] == 4 and out["parity"]["outcomes"] == 2
    assert [a["node"] for a in out["local"]["angles"]] == [0, 1]
    assert out["starts"] == 1 and out["seed"] == 3 and out["prob_cutoff"] == 1e-12


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_measurement_qasm_runs_the_best_local_readout(run_dir, capsys):
    """Strict qiskit loads measurement.qasm; without its final measurements it is the probe followed
    by the basis change, whose Z-basis probabilities are those of the reported local measurement."""
    import qiskit.qasm2
    from qiskit.quantum_info import Statevector

    assert main(["measure", str(run_dir), "--starts", "1"]) == 0
    text = capsys.readouterr().out
    assert "best local projective" in text and "measurement.qasm" in text
    rd = RunDir(run_dir)
    out = json.loads(rd.measurement.read_text())
    qc = qiskit.qasm2.load(str(rd.measurement_qasm), strict=True)
    assert qc.num_qubits == 2 and qc.num_clbits == 2 and qc.count_ops()["measure"] == 2
    probs = Statevector(qc.remove_final_measurements(inplace=False)).probabilities()
    probs = probs.reshape(2, 2).T.ravel()  # qiskit's qubit 0 is the least significant bit
    circuit = rd.read_circuit()
    psi = circuit_statevectors(circuit)[0]
    rho0 = np.outer(psi, psi.conj())
    angles = np.array([[a["theta"], a["phi"]] for a in out["local"]["angles"]])
    p, _ = local_distribution(rho0, np.zeros((1, 4, 4)), angles)
    np.testing.assert_allclose(probs, np.asarray(p), atol=1e-12)
    # the same convention for arbitrary directions, through the one writer
    angles = np.random.default_rng(0).uniform(0, 3, (2, 2))
    qc = qiskit.qasm2.loads(circuit_qasm(circuit, None, 2, angles.tolist()), strict=True)
    probs = Statevector(qc.remove_final_measurements(inplace=False)).probabilities().reshape(2, 2).T.ravel()
    p, _ = local_distribution(rho0, np.zeros((1, 4, 4)), angles)
    assert np.asarray(p).max() < 0.9
    np.testing.assert_allclose(probs, np.asarray(p), atol=1e-12)


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_measure_bad_input_is_one_line(tmp_path, run_dir, capsys):
    for argv in (["measure", str(tmp_path / "absent")], ["measure", str(tmp_path)],
                 ["measure", str(run_dir), "--starts", "-1"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("vqs measure: error:") and err.count("\n") == 1


def test_readout_in_openqasm3_and_wrong_length():
    import qiskit.qasm3

    from ansatz import Circuit, CircuitError, Gene
    from ansatz.qasm import to_qasm

    circuit = Circuit(2, (Gene("CRX", 1, 0, 0.4),), "ghz")
    qc = qiskit.qasm3.loads(to_qasm(circuit, 3, (), [(0.3, 1.2), (2.0, -0.5)]))
    assert qc.num_clbits == 2 and qc.count_ops()["measure"] == 2 and qc.count_ops()["ry"] == 2
    with pytest.raises(CircuitError, match="one \\(theta, phi\\) per qubit"):
        to_qasm(circuit, 2, (), [(0.3, 1.2)])
