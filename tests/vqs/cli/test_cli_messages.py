"""Messages and refusals of run and table directories (issue 23): table configs without tasks,
Ray missing, an unfinished run given to export/measure, a resume with a changed config, the
summary line of a local-CFI run, and the best local readout never below parity or all-X."""

from __future__ import annotations

import math
import shlex
import sys
import warnings

import numpy as np
import pytest
import yaml
from run_configs import tiny_run

from ansatz import Circuit, Gene, random_genes
from vqs.cli import main
from vqs.cli.run import _summary
from vqs.errors import VqsError
from vqs.io import LOCK_NAME
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import ghz_circuit
from vqs.physics.readout import measurement as m
from vqs.report.table_config import TableConfig
from vqs.search.resume import prepare_run_dir
from vqs.search.rundir import RunDir, RunResult
from vqs.search.schema import load_config, parse_config

TABLE = {"name": "t", "tasks": ["single"], "noises": ["dephasing"], "gammas": [0.1], "nodes": [2]}


@pytest.mark.parametrize("text, words", [
    ("", "is empty"),
    ("# nothing but a comment\n", "is empty"),
    ("name: t\nnodes: [2]\n", "has no tasks: key"),
])
def test_table_config_without_tasks_is_refused(tmp_path, capsys, text, words):
    cfg = tmp_path / "t.yaml"
    cfg.write_text(text)
    assert main(["table", str(cfg), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "tasks" in err
    assert not (tmp_path / "o").exists()


def test_default_table_config_serialises_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "tasks:\n- single\n- multi\n" in TableConfig().to_yaml()


def test_table_with_ray_missing_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    cfg = tmp_path / "t.yaml"
    cfg.write_text(yaml.safe_dump(TABLE))
    out = tmp_path / "o"
    assert main(["table", str(cfg), "--out", str(out), "--executor", "ray"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs Ray" in err
    assert not out.exists()  # a corrected rerun into --out is not refused


def _unfinished(tmp_path):
    out = tmp_path / "run"
    prepare_run_dir(parse_config(tiny_run()), out, False).release()  # what an interrupted run leaves first
    return out


@pytest.mark.parametrize("argv", [["export", "{out}", "--format", "qasm"], ["measure", "{out}"]])
def test_unfinished_run_directory_says_how_to_finish_it(tmp_path, capsys, argv):
    out = _unfinished(tmp_path)
    assert main([a.format(out=out) for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unfinished" in err and "--resume" in err
    command = shlex.split(err.split("with: ", 1)[1])
    assert command[:2] == ["vqs", "run"] and command[3:] == ["--out", str(out), "--resume"]
    # the suggested config is the run's own: a resume with it is accepted (it names no difference)
    assert load_config(command[2]) == parse_config(tiny_run())
    prepare_run_dir(load_config(command[2]), out, True).release()


@pytest.mark.parametrize("argv", [["export", "{out}", "--format", "qasm"], ["measure", "{out}"]])
def test_foreign_directory_is_not_a_run(tmp_path, capsys, argv):
    (tmp_path / "x").mkdir()
    assert main([a.format(out=tmp_path / "x") for a in argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a vqs run directory" in err


@pytest.mark.parametrize("changes, keys", [
    ({"seed": 5}, ["seed"]),
    ({"model": {"gamma": 0.3}}, ["model.gamma"]),
    ({"seed": 5, "refine": {"steps": 4}, "ga": {"workers": 2}}, ["refine.steps", "seed"]),
    ({"ga": {"population": 8, "generations": 5}}, ["ga.population"]),
])
def test_resume_with_a_changed_config_names_the_keys(tmp_path, changes, keys):
    out = _unfinished(tmp_path)
    with pytest.raises(VqsError) as err:
        prepare_run_dir(parse_config(tiny_run(**changes)), out, True)
    message = str(err.value)
    assert f" in {', '.join(keys)}; only ga.generations may grow" in message and "\n" not in message
    assert sorted(p.name for p in out.iterdir()) == sorted([LOCK_NAME, RunDir.CONFIG])  # nothing written


def _local_result(task="single"):
    score = {"best": 30.0, "t_star": 2.0, "qcrb": 0.025, "qfi": 40.0, "cfi": 30.0, "ccrb": 1 / 30.0,
             "readout": [{"node": 0, "theta": 1.5, "phi": 0.0}], "readout_check": {"continuous": True}}
    return RunResult.from_dict({
        "name": "l", "task": task, "noise": "dephasing", "gamma": 0.1, "n_qubits": 1, "operating_point": [0.01],
        "figure_of_merit": "local_cfi_per_shot", "vqs": dict(score, n_genes=2), "ghz": score, "vqs_over_ghz": 1.0})


def test_local_cfi_summary_prints_the_local_bound(tmp_path, capsys):
    _summary(_local_result(), tmp_path)
    lines = capsys.readouterr().out.splitlines()
    vqs = next(line for line in lines if line.strip().startswith("VQS  local CFI"))
    assert "(local bound 0.0333333, 2 genes; with the best joint measurement QFI 40, QCRB 0.025)" in vqs


def _circuits():
    yield 2, ghz_circuit(2)
    yield 3, ghz_circuit(3)
    for seed in (1, 2):
        yield 3, Circuit(3, tuple(random_genes(np.random.default_rng(seed), 3, 6)), "ghz" if seed % 2 else "zero")


@pytest.mark.parametrize("noise", ["dephasing", "amplitude_damping"])
def test_best_local_is_never_below_parity_or_all_x(noise):
    """Parity coarse-grains the local readout at its angles, all-X is a local readout: with no random
    starts (vqs measure --starts 0) the best local CFI is still >= both."""
    for n, circuit in _circuits():
        model = SensingModel(n, "single", noise, 0.1, operating_point=(0.01,))
        rep = m.measure_probe(circuit, model, 3.0, starts=0)
        local = rep.local.cfim[0, 0]
        assert local >= rep.parity.cfim[0, 0] - 1e-12 and local >= rep.all_x.cfim[0, 0] - 1e-12


def test_issue_23_probe_best_local_reaches_parity():
    """The quickstart's probe after 1000 generations (issue 23): `vqs measure --starts 0` reported a
    best local CFI of 12.2268 beside a best parity CFI of 21.0027; both are now 21.0027."""
    genes = (Gene("RY", 2, None, 2.5121923770057553), Gene("RY", 1, None, 1.8543378502242067),
             Gene("RX", 0, None, -1.8543354217996693), Gene("RY", 2, None, -0.6578532494405356))
    model = SensingModel(3, "single", "dephasing", 0.1, operating_point=(0.01,))
    rep = m.measure_probe(Circuit(3, genes, "ghz"), model, 9.7832584671828, starts=0)
    assert rep.parity.cfim[0, 0] == pytest.approx(21.002681, abs=1e-5)
    assert rep.local.cfim[0, 0] >= rep.parity.cfim[0, 0] - 1e-12


def test_best_local_is_never_below_its_seeds():
    rng = np.random.default_rng(4)
    model = SensingModel(3, "single", "amplitude_damping", 0.1, operating_point=(0.01,))
    rho, drho = m.output_state(Circuit(3, tuple(random_genes(rng, 3, 6)), "zero"), model, 2.0)
    w = model.weight_matrix()
    for _ in range(3):
        seed = np.stack([np.arccos(rng.uniform(-1, 1, 3)), rng.uniform(0, 2 * math.pi, 3)], -1)
        best = m.best_local(rho, drho, w, starts=0, seeds=[seed])
        assert best.cfim[0, 0] >= m.local_readout("s", rho, drho, seed, w).cfim[0, 0] - 1e-12
