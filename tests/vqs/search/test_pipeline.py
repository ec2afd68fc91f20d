"""vqs run: determinism, resume equivalence, config errors, atomic outputs, GHZ beaten."""

import json

import numpy as np
import pytest
import yaml

from ansatz.io import load_circuit
from vqs.cli import main
from vqs.errors import VqsError
from vqs.physics.qfi import qfi_of_circuits
from vqs.search.pipeline import run
from vqs.search.schema import load_config, parse_config

SMALL = {
    "name": "small",
    "seed": 3,
    "model": {"n_qubits": 2, "task": "single", "noise": "amplitude_damping", "gamma": 0.2},
    "time_grid": {"points": 12},
    "ga": {"population": 8, "generations": 4, "max_genes": 6, "initial_genes": [1, 4], "local_steps": 5},
    "refine": {"method": "adam", "top_k": 2, "steps": 15, "learning_rate": 0.05},
}


def _config(**changes):
    raw = json.loads(json.dumps(SMALL))
    for key, value in changes.items():
        node = raw
        *parents, leaf = key.split("__")
        for p in parents:
            node = node[p]
        node[leaf] = value
    return parse_config(raw)


def _stable(result):
    return {k: v for k, v in result.to_dict().items() if k != "wall_time_s"}


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_same_seed_same_result(tmp_path):
    a = run(_config(), tmp_path / "a")
    b = run(_config(), tmp_path / "b")
    assert _stable(a) == _stable(b)
    assert (tmp_path / "a" / "circuit.json").read_text() == (tmp_path / "b" / "circuit.json").read_text()
    assert (tmp_path / "a" / "history.csv").read_text() == (tmp_path / "b" / "history.csv").read_text()
    c = run(_config(seed=4), tmp_path / "c")
    assert (tmp_path / "c" / "history.csv").read_text() != (tmp_path / "a" / "history.csv").read_text()
    assert _stable(c) != _stable(a)


class Killed(Exception):
    pass


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_killed_run_resumes_to_the_same_result(tmp_path):
    straight = run(_config(), tmp_path / "straight")

    def kill_at_2(generation, total, best):
        if generation == 2:
            raise Killed

    with pytest.raises(Killed):
        run(_config(), tmp_path / "killed", progress=kill_at_2)
    assert not (tmp_path / "killed" / "result.json").exists()
    assert (tmp_path / "killed" / "checkpoint.json").exists()
    resumed = run(_config(), tmp_path / "killed", resume=True)
    assert _stable(resumed) == _stable(straight)
    for name in ("circuit.json", "history.csv", "circuit.qasm"):
        assert (tmp_path / "killed" / name).read_text() == (tmp_path / "straight" / name).read_text()


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_result_files_and_keys(tmp_path):
    result = run(_config(), tmp_path / "r")
    files = {p.name for p in (tmp_path / "r").iterdir()}
    expected = {"config.resolved.yaml", "history.csv", "checkpoint.json", "result.json", "circuit.json", "circuit.qasm"}
    assert expected <= files
    assert not [f for f in files if f.endswith(".tmp")]
    on_disk = json.loads((tmp_path / "r" / "result.json").read_text())
    keys = ("task", "noise", "gamma", "n_qubits", "figure_of_merit", "vqs", "ghz", "seed", "wall_time_s", "versions")
    for key in keys:
        assert key in on_disk
    for probe in ("vqs", "ghz"):
        assert {"best", "t_star", "qfi", "qcrb"} <= set(on_disk[probe])
    # the circuit file reproduces the reported QFI at t*
    circuit = load_circuit(tmp_path / "r" / "circuit.json")
    model = load_config_model(tmp_path / "r")
    f = qfi_of_circuits(circuit, model, [result.vqs.t_star]).qfi[0, 0]
    assert f == pytest.approx(result.vqs.qfi, rel=1e-10)
    assert result.vqs.best >= result.ghz.best * (1 - 1e-12)  # GHZ is in generation 0
    # circuit.qasm is the same circuit and standard OpenQASM 2.0 (strict qiskit loads it)
    import qiskit.qasm2

    assert load_circuit(tmp_path / "r" / "circuit.qasm") == circuit
    assert qiskit.qasm2.load(str(tmp_path / "r" / "circuit.qasm"), strict=True).num_qubits == circuit.n_qubits
    resolved = yaml.safe_load((tmp_path / "r" / "config.resolved.yaml").read_text())
    assert resolved["ga"]["population"] == 8 and resolved["refine"]["optimizer"] == "adam"


def load_config_model(run_dir):
    return load_config(run_dir / "config.resolved.yaml").model.build()


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_existing_run_dir_is_not_overwritten(tmp_path):
    run(_config(), tmp_path / "r")
    before = (tmp_path / "r" / "result.json").read_text()
    with pytest.raises(VqsError, match="--resume"):
        run(_config(), tmp_path / "r")
    with pytest.raises(VqsError, match="differs"):
        run(_config(seed=9), tmp_path / "r", resume=True)
    assert (tmp_path / "r" / "result.json").read_text() == before


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("model: {n_qubits: 0}", "n_qubits"),
        ("model: {n_qubits: 2, gamma: -1}", "gamma"),
        ("model: {n_qubits: 2, noise: thermal}", "unknown noise"),
        ("model: {n_qubits: 2}\nga: {gates: [RX, TOFFOLI]}", "gates"),
        ("model: {n_qubits: 2}\nga: {populaton: 3}", "populaton"),
        ("model: {n_qubits: 2}\nfigure_of_merit: fastest", "figure_of_merit"),
        ("model: {n_qubits: 2}\nga: {population: 4, elite: 4}", "elite"),
        ("model: {n_qubits: 2, gamma: 0}", "t_max"),
        ("model: {n_qubits: two}", "n_qubits"),
        ("model: [1, 2", "invalid YAML"),
        ("- 1\n- 2", "mapping"),
        ("ga: {population: 8}", "model"),
    ],
)
def test_bad_configs_fail_with_one_line_and_write_nothing(tmp_path, capsys, yaml_text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml_text)
    out = tmp_path / "out"
    assert main(["run", str(path), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_set_overrides_and_bad_overrides(tmp_path, capsys):
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(SMALL))
    cfg = load_config(path, ["ga.population=12", "model.noise=bit_flip", "refine.method=none"])
    assert cfg.ga.population == 12 and cfg.model.noise == "bit_flip" and cfg.refine.method == "none"
    assert main(["run", str(path), "--out", str(tmp_path / "o"), "--set", "ga.population=lots"]) == 2
    assert "population" in capsys.readouterr().err
    assert main(["run", str(path), "--out", str(tmp_path / "o"), "--set", "novalue"]) == 2
    assert "key=value" in capsys.readouterr().err


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_cli_run_end_to_end(tmp_path, capsys):
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(SMALL))
    assert main(["run", str(path), "--out", str(tmp_path / "o"), "--quiet", "--set", "refine.method=cobyla",
                 "--set", "refine.maxiter=40"]) == 0
    out = capsys.readouterr().out
    assert "VQS" in out and "GHZ" in out
    assert json.loads((tmp_path / "o" / "result.json").read_text())["vqs"]["best"] > 0


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_acceptance_n3_dephasing_beats_ghz_by_40_percent(tmp_path):
    """Issue acceptance: N=3 dephasing gamma=0.1, per shot, VQS >= 1.4 x GHZ (quickstart config)."""
    result = run(load_config("configs/quickstart.yaml"), tmp_path / "q")
    assert result.vqs.best >= 1.4 * result.ghz.best
    assert np.isclose(result.ghz.best, 1 / (0.1 * np.e) ** 2, rtol=1e-9)


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_layered_starts_are_candidates_beside_the_search(tmp_path):
    """refine.layered_starts adds seeded layered circuits after the search's structures; the run's
    VQS is the best of all candidates, and the search itself is unchanged."""
    plain = run(_config(), tmp_path / "plain")
    both = run(_config(refine__layered_starts=2, refine__layered_depth=2), tmp_path / "both")
    starts = [r["start"] for r in both.search["refined"]]
    assert starts == ["search"] * (len(starts) - 2) + ["layered"] * 2
    assert both.search["refined"][:-2] == plain.search["refined"]  # the search's candidates are the same
    assert (tmp_path / "both" / "history.csv").read_text() == (tmp_path / "plain" / "history.csv").read_text()
    assert both.vqs.best == max(r["refined"] for r in both.search["refined"]) >= plain.vqs.best
    with pytest.raises(VqsError, match="layered_depth"):
        _config(refine__layered_depth=0)
