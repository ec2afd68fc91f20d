"""Configs and the three CLI subcommands end to end (small grids, fast)."""

import json

import pytest
import yaml

from vqs.cli import main
from vqs.errors import VqsError
from vqs.network.config import IqscConfig, NetworkConfig, load, parse


@pytest.fixture(autouse=True)
def _only_network_subcommands(monkeypatch):
    """Build the dispatcher with this layer's subcommands only, so these tests do not depend on
    other subcommand modules (the dispatcher itself is used unchanged)."""
    import vqs.cli

    monkeypatch.setattr(vqs.cli, "SUBCOMMAND_MODULES", ("network", "purify", "iqsc"))


@pytest.mark.parametrize(
    "data, match",
    [
        ({"distances_km": {"start": -10, "stop": 100, "points": 5}}, "distances must be > 0"),
        ({"fiber": {"link_fidelity": 1.2}}, "fiber.link_fidelity"),
        ({"satellite": {"source_fidelity": -0.1}}, "satellite.source_fidelity"),
        ({"links": ["fiber", "carrier-pigeon"]}, "unknown link type 'carrier-pigeon'"),
        ({"fiber": {"colour": "blue"}}, "unknown key `fiber.colour`"),
        ({"purification": {"protocol": "magic"}}, "unknown protocol"),
        ({"probe": {"noise": "wind"}}, "unknown noise"),
    ],
)
def test_bad_network_config(data, match):
    with pytest.raises(VqsError, match=match):
        parse(NetworkConfig, data)


def test_shipped_configs_equal_defaults():
    shipped = load(NetworkConfig, "configs/network.yaml")
    assert shipped.probe.circuit == "vqs_n3_dephasing_g0.1.json"  # relative to configs/
    default = NetworkConfig()
    assert shipped.model_copy(update={"probe": shipped.probe.model_copy(update={"circuit": None})}) == default
    assert load(IqscConfig, "configs/iqsc.yaml") == IqscConfig()


def test_missing_config_file(tmp_path):
    with pytest.raises(VqsError, match="cannot read config"):
        load(NetworkConfig, tmp_path / "nope.yaml")


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_text(yaml.safe_dump(data))
    return p


def test_purify_json(capsys):
    assert main(["purify", "--protocol", "dejmps", "--fidelity", "0.6", "--rounds", "2", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    r1 = out["rounds"][1]
    assert set(r1) >= {"coefficients", "fidelity", "success_probability", "yield"}
    assert round(r1["fidelity"], 4) == 0.6204 and round(r1["success_probability"], 4) == 0.6089
    assert r1["yield"] == pytest.approx(r1["success_probability"] / 2)
    assert len(out["rounds"]) == 3


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--protocol", "paper", "--fidelity", "0.6", "--rounds", "1"], 0.7025),
        (["--protocol", "bbpssw", "--bell", "0.6,0.1333333333,0.1333333333,0.1333333334", "--rounds", "1"], 0.6204),
    ],
)
def test_purify_protocols(capsys, args, expected):
    assert main(["purify", *args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert round(out["rounds"][-1]["fidelity"], 4) == expected


@pytest.mark.parametrize(
    "args",
    [
        ["--fidelity", "1.5", "--rounds", "1"],
        ["--bell", "0.5,0.5,0.5", "--rounds", "1"],
        ["--fidelity", "0.8", "--rounds", "-1"],
    ],
)
def test_purify_bad_input_exits_2(capsys, args):
    assert main(["purify", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vqs purify: error:") and err.count("\n") == 1


@pytest.mark.integration  # end-to-end (two vqs network runs): python -m pytest -m integration
def test_network_end_to_end(tmp_path, capsys):
    circ = tmp_path / "vqs3.json"
    circ.write_text(json.dumps({"n_qubits": 3, "init": "ghz",
                                "genes": [{"gate": "RY", "wires": [1], "angle": 0.2}]}))
    cfg = _write(tmp_path, "net.yaml", {
        "distances_km": {"start": 100, "stop": 2500, "points": 4},
        "probe": {"circuit": str(circ), "time_points": 8},
        "purification": {"rounds": [0, 1]},
    })
    out = tmp_path / "out"
    assert main(["network", str(cfg), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "rate crossover" in printed and "coverage limit" in printed
    for name in ("config.resolved.yaml", "network.csv", "network.png", "summary.json"):
        assert (out / name).is_file()
    resolved = yaml.safe_load((out / "config.resolved.yaml").read_text())
    # the circuit path is recorded relative to the output folder, so the resolved config reads back anywhere
    assert resolved["fiber"]["n_repeaters"] == 10 and resolved["probe"]["circuit"] == "../vqs3.json"
    assert main(["network", str(out / "config.resolved.yaml"), "--out", str(tmp_path / "again")]) == 0
    assert (tmp_path / "again" / "network.csv").read_text() == (out / "network.csv").read_text()
    lines = (out / "network.csv").read_text().splitlines()
    assert len(lines) == 1 + 4 * 2 * 2
    header = lines[0].split(",")
    row = dict(zip(header, lines[1].split(",")))
    assert row["link"] == "fiber" and float(row["qfi_best_vqs"]) > 0


def test_network_output_folder_is_locked_and_design_options_need_design(tmp_path, capsys):
    """A second vqs network on a folder in use is refused in one line; --resume and --address without
    --design are refused; neither writes anything."""
    from vqs.io import DirLock

    cfg = _write(tmp_path, "net.yaml", {"distances_km": {"start": 100, "stop": 300, "points": 2},
                                        "probe": {"time_points": 8}})
    out = tmp_path / "out"
    with DirLock(out, "network"):
        assert main(["network", str(cfg), "--out", str(out)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "in use by another vqs network" in err[0]
    assert [p.name for p in out.iterdir()] == [".vqs.lock"]
    for extra in (["--resume"], ["--address", "x:1"]):
        assert main(["network", str(cfg), "--out", str(tmp_path / "o")] + extra) == 2
        assert "are for --design" in capsys.readouterr().err
        assert not (tmp_path / "o").exists()


def test_network_missing_circuit_exits_2(tmp_path, capsys):
    cfg = _write(tmp_path, "net.yaml", {"probe": {"circuit": str(tmp_path / "absent.json")}})
    assert main(["network", str(cfg), "--out", str(tmp_path / "o")]) == 2
    assert "no circuit file" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_network_bad_link_exits_2(tmp_path, capsys):
    cfg = _write(tmp_path, "net.yaml", {"links": ["laser"]})
    assert main(["network", str(cfg)]) == 2
    assert "unknown link type" in capsys.readouterr().err


def test_iqsc_end_to_end(tmp_path, capsys):
    cfg = _write(tmp_path, "iqsc.yaml", {"error_rate": {"start": 0.0, "stop": 0.5, "points": 51}, "m": 50})
    out = tmp_path / "iq"
    assert main(["iqsc", str(cfg), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "0.0794" in printed and "0.1071" in printed and "0.7025" in printed and "0.9986" in printed
    for stem in ("fig2_fidelity_rounds", "fig5_secrecy_capacity", "fig6_detection", "fig7_relation"):
        assert (out / f"{stem}.csv").is_file() and (out / f"{stem}.png").is_file()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["parameters"]["m"] == 50 and summary["parameters"]["alpha"] == 1.0
    assert yaml.safe_load((out / "config.resolved.yaml").read_text())["k"] == 10.0


def test_shipped_vqs_circuit_beats_ghz():
    from ansatz.io import load_circuit
    from vqs.physics.model.sensing_model import SensingModel
    from vqs.physics.qfi import default_times, ghz_circuit, qfi_of_circuits

    model = SensingModel(n_qubits=3, task="single", noise="dephasing", gamma=0.1)
    t = default_times(model, points=48)
    q = qfi_of_circuits([load_circuit("configs/vqs_n3_dephasing_g0.1.json"), ghz_circuit(3)], model, t).qfi
    assert q[0].max() == pytest.approx(40.9859, abs=1e-3)
    assert q[1].max() == pytest.approx(13.5228, abs=1e-3)


@pytest.mark.parametrize(
    "source",
    [["--fidelity", "0.4"], ["--fidelity", "0.5"], ["--bell", "0.25,0.25,0.25,0.25"], ["--fidelity", "0"]],
)
def test_purify_paper_mode_refuses_f_at_most_half(capsys, source):
    assert main(["purify", "--protocol", "paper", *source, "--rounds", "3", "--json"]) == 2
    cap = capsys.readouterr()
    assert cap.out == ""  # nothing printed before the refusal
    assert cap.err.startswith("vqs purify: error: --protocol paper:") and cap.err.count("\n") == 1
    assert "F > 1/2" in cap.err


def test_purify_paper_mode_refusal_as_a_command():
    """The documented command line: one line on stderr, exit 2, no traceback."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    r = subprocess.run([sys.executable, "-m", "vqs.cli", "purify", "--protocol", "paper", "--fidelity", "0.4",
                        "--rounds", "3"], capture_output=True, text=True, env=env, cwd=root, timeout=60)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr and "F > 1/2" in r.stderr


def test_iqsc_refuses_initial_fidelity_at_most_half(tmp_path, capsys):
    cfg = _write(tmp_path, "iqsc.yaml", {"initial_fidelity": 0.4})
    assert main(["iqsc", str(cfg), "--out", str(tmp_path / "o")]) == 2
    assert "initial_fidelity: must be > 1/2" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_interrupted_design_prints_the_resume_command(tmp_path, capsys, monkeypatch):
    """Ctrl-C during the designed-probe sweep: exit 130 and the command that continues it."""
    import vqs.cli.network

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(vqs.cli.network, "run_sweep", interrupted)
    cfg = _write(tmp_path, "net.yaml", {"distances_km": {"start": 100, "stop": 300, "points": 2},
                                        "probe": {"time_points": 8}})
    sweep = _write(tmp_path, "sweep.yaml", {
        "distances_km": [100], "links": ["satellite"], "protocols": ["distributed"],
        "run": {"model": {"n_qubits": 2, "noise": "dephasing", "gamma": 0.1, "operating_point": [0.01]}}})
    out = tmp_path / "out"
    assert main(["network", str(cfg), "--design", str(sweep), "--out", str(out), "--workers", "1"]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and f"--out {out} --executor local --workers 1 --resume" in err
