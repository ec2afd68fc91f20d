import json

import numpy as np
import pytest

from vqs.cli import main


def test_qfi_json_single(capsys):
    assert main(["qfi", "--probe", "ghz", "--qubits", "3", "--noise", "dephasing", "--gamma", "0.1",
                 "--times", "1,2,3.3333333333333335", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"times", "qfi", "qcrb", "t_star_per_shot", "t_star_per_time", "best_per_shot", "best_per_time"}
    t = np.array(out["times"])
    np.testing.assert_allclose(out["qfi"], 9 * t**2 * np.exp(-0.6 * t), rtol=1e-12)
    assert out["best_per_shot"] == pytest.approx(1 / (0.1 * np.e) ** 2, rel=1e-9)


def test_qfi_json_multi_has_qfim(capsys, tmp_path):
    path = tmp_path / "c.json"
    genes = [{"gate": "CRX", "wires": [0, 1], "angle": 0.4}]
    path.write_text(json.dumps({"n_qubits": 2, "init": "ghz", "genes": genes}))
    assert main(["qfi", "--probe", str(path), "--noise", "bit_flip", "--gamma", "0.2", "--task", "multi",
                 "--points", "6", "--operating-point", "0.01,0.02,0.03", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert np.array(out["qfim"]).shape == (6, 3, 3) and len(out["qcrb"]) == 6
    assert out["model"]["operating_point"] == [0.01, 0.02, 0.03]
    assert out["operating_point_check"]["continuous"] is True


@pytest.mark.parametrize("noise, task, point", [
    ("bit_flip", "single", "0"), ("bit_flip", "multi", "0,0,0"), ("dephasing", "multi", "0,0,0"),
    ("dephasing", "multi", "0,0,0.02"),  # a field along the dephasing axis keeps the point singular
])
def test_qfi_refuses_a_singular_operating_point(noise, task, point, capsys):
    """The issue's example: GHZ, N=2, bit flip at omega0 = 0 gives F/t = 11.26 there and 27.68 at
    1e-4; the command must not print the value at the point, only one line saying why."""
    code = main(["qfi", "--probe", "ghz", "--qubits", "2", "--noise", noise, "--gamma", "0.1", "--task", task,
                 "--operating-point", point])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "discontinuous" in captured.err and "--operating-point" in captured.err
    assert captured.err.count("\n") == 1


def test_qfi_at_a_generic_point_is_the_limit_near_zero(capsys):
    """Bit flip, GHZ N=2, t = 15.51: the continuous QFI near 0 is 27.68 t (the issue's numbers)."""
    assert main(["qfi", "--probe", "ghz", "--qubits", "2", "--noise", "bit_flip", "--gamma", "0.1",
                 "--operating-point", "1e-4", "--times", "15.51", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["qfi"][0] / 15.51 == pytest.approx(27.68, abs=0.01)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--probe", "ghz", "--noise", "dephasing", "--gamma", "0.1"], "--qubits"),
        (["--qubits", "2", "--noise", "dephasing", "--gamma", "-1"], "gamma"),
        (["--qubits", "2", "--noise", "dephasing", "--gamma", "0"], "--t-max"),
        (["--qubits", "2", "--noise", "dephasing", "--gamma", "0.1", "--times", "1,x"], "--times"),
        (["--qubits", "2", "--noise", "dephasing", "--gamma", "0.1", "--task", "multi", "--operating-point", "1,2"],
         "operating point"),
        (["--probe", "missing.json", "--noise", "dephasing", "--gamma", "0.1"], "missing.json"),
        (["--qubits", "2", "--noise", "nope", "--gamma", "0.1"], "invalid choice"),
    ],
)
def test_qfi_bad_input_one_line_exit_2(argv, message, capsys):
    with pytest.raises(SystemExit) if "nope" in argv else _noop():
        code = main(["qfi", *argv])
        assert code == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


class _noop:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_bad_circuit_file_is_one_clear_error(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"n_qubits": 2, "genes": [{"gate": "CRX", "wires": [1, 1], "angle": 0.1}]}))
    assert main(["qfi", "--probe", str(path), "--noise", "dephasing", "--gamma", "0.1"]) == 2
    assert "control and target" in capsys.readouterr().err


@pytest.mark.parametrize("version", [2, 3])
def test_qasm_probe_scores_like_its_json(tmp_path, capsys, version):
    from ansatz import Circuit
    from ansatz.qasm import to_qasm

    circuit = Circuit.from_dict({"n_qubits": 3, "init": "ghz", "genes": [
        {"gate": "CRX", "wires": [0, 2], "angle": 0.4}, {"gate": "RY", "wires": [1], "angle": -0.3}]})
    (tmp_path / "c.json").write_text(circuit.to_json())
    (tmp_path / "c.qasm").write_text(to_qasm(circuit, version))
    outs = []
    for name in ("c.json", "c.qasm"):
        assert main(["qfi", "--probe", str(tmp_path / name), "--noise", "dephasing", "--gamma", "0.1",
                     "--points", "5", "--json"]) == 0
        outs.append(json.loads(capsys.readouterr().out))
    assert outs[0]["qfi"] == outs[1]["qfi"] and outs[1]["model"]["n_qubits"] == 3


def test_bad_qasm_probe_is_one_clear_error(tmp_path, capsys):
    path = tmp_path / "bad.qasm"
    path.write_text('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nrx(0.1) q[5];\n')
    assert main(["qfi", "--probe", str(path), "--noise", "dephasing", "--gamma", "0.1"]) == 2
    err = capsys.readouterr().err
    assert "bad.qasm: line 4: rx: qubit q[5] out of range" in err and err.count("\n") == 1


@pytest.mark.parametrize("argv", [
    ["--qubits", "3", "--noise", "bit_flip", "--operating-point", "0.01", "--points", "6"],
    ["--qubits", "2", "--noise", "amplitude_damping", "--task", "multi", "--operating-point", "0.01,0.01,0.01",
     "--times", "0.5,4"],
])
def test_qfi_engine_pennylane_agrees_with_jax(argv, capsys):
    outs = {}
    for engine in ("jax", "pennylane"):
        assert main(["qfi", *argv, "--gamma", "0.1", "--engine", engine, "--json"]) == 0
        outs[engine] = json.loads(capsys.readouterr().out)
    jx, pl = outs["jax"], outs["pennylane"]
    assert (jx["engine"], pl["engine"]) == ("jax", "pennylane")
    key = "qfi" if "qfi" in jx else "qfim"
    np.testing.assert_allclose(pl[key], jx[key], rtol=1e-8, atol=1e-8 * np.abs(jx[key]).max())
    for k in ("best_per_shot", "best_per_time", "t_star_per_shot", "t_star_per_time"):
        assert pl[k] == pytest.approx(jx[k], rel=1e-6)


def test_qfi_engine_pennylane_refuses_large_n_in_one_line(capsys):
    code = main(["qfi", "--qubits", "7", "--noise", "dephasing", "--gamma", "0.1", "--engine", "pennylane"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and "at most 6 qubits" in captured.err and "Traceback" not in captured.err


def test_qfi_multi_prints_the_hcrb_at_each_time(capsys):
    """The HCRB at each time is holevo.hcrb of the probe's state there (independent recompute), with
    QCRB <= HCRB <= 2 QCRB; the best HCRB times are the figure's maximum over the grid."""
    from vqs.physics.kernel.holevo import hcrb
    from vqs.physics.model.sensing_model import SensingModel
    from vqs.physics.qfi import ghz_circuit
    from vqs.physics.readout.measurement import output_state

    assert main(["qfi", "--probe", "ghz", "--qubits", "2", "--noise", "amplitude_damping", "--gamma", "0.1",
                 "--task", "multi", "--operating-point", "0.01,0.01,0.01", "--times", "1,4,9", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    model = SensingModel(2, "multi", "amplitude_damping", 0.1, operating_point=(0.01, 0.01, 0.01))
    for t, h, q, ratio in zip(out["times"], out["hcrb"], out["qcrb"], out["hcrb_over_qcrb"]):
        assert h == pytest.approx(hcrb(*output_state(ghz_circuit(2), model, t)).value, rel=1e-10)
        assert q * (1 - 1e-9) <= h <= 2 * q and ratio == pytest.approx(h / q, rel=1e-12)
    assert len(out["commutativity"]) == 3 and out["hcrb_duality_gap"] <= 1e-9
    point = out["hcrb_per_shot_point"]
    assert out["best_hcrb_per_shot"] == pytest.approx(1 / point["hcrb"], rel=1e-12)
    assert out["best_hcrb_per_shot"] >= max(1 / h for h in out["hcrb"]) * (1 - 1e-12)
    per_time = out["hcrb_per_time_point"]
    assert out["best_hcrb_per_time"] == pytest.approx(1 / (per_time["t"] * per_time["hcrb"]), rel=1e-12)


def test_qfi_multi_text_shows_hcrb_and_diagnostic(capsys):
    assert main(["qfi", "--probe", "ghz", "--qubits", "2", "--noise", "dephasing", "--gamma", "0.1",
                 "--task", "multi", "--operating-point", "0.01,0.02,0.03", "--times", "1,4"]) == 0
    text = capsys.readouterr().out
    assert "HCRB/QCRB" in text and "commut." in text and "best HCRB per shot" in text


@pytest.mark.parametrize(("p1", "p2"), [(0.01, 0.05), (0.0, 0.2), (0.1, 0.0)])
def test_qfi_preparation_noise_on_ghz_is_the_closed_form(p1, p2, capsys):
    """GHZ on 2 qubits: H then depolarizing p1 on qubit 0, CNOT then depolarizing p2 on both leave the
    coherence (1-p1)(1-p2)/2 in a block of weight 1 - p2/2: F = 4 t^2 e^(-4 gamma t) (1-p1)^2 (1-p2)^2 / (1-p2/2)."""
    assert main(["qfi", "--probe", "ghz", "--qubits", "2", "--noise", "dephasing", "--gamma", "0.1",
                 "--times", "0.5,2.5", "--operating-point", "0.3", "--preparation-noise", f"{p1},{p2}",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    t = np.array(out["times"])
    expected = 4 * t**2 * np.exp(-0.4 * t) * (1 - p1) ** 2 * (1 - p2) ** 2 / (1 - p2 / 2)
    np.testing.assert_allclose(out["qfi"], expected, rtol=1e-10)
    assert out["model"]["preparation_noise"] == [p1, p2]
    assert out["operating_point_check"]["continuous"] is True


@pytest.mark.parametrize(("value", "message"), [("0.1", "two rates"), ("0.1,2", "preparation noise"),
                                                ("a,b", "comma-separated")])
def test_qfi_bad_preparation_noise_one_line_exit_2(value, message, capsys):
    code = main(["qfi", "--probe", "ghz", "--qubits", "2", "--noise", "dephasing", "--gamma", "0.1",
                 "--preparation-noise", value])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1
