"""The local-CFI figures of merit in the search: fitness, refinement and a tiny `vqs run` end to end."""

import json
import math

import numpy as np
import pytest
from run_configs import tiny_run

from ansatz import Circuit, Gene, random_genes
from vqs.cli import main
from vqs.errors import VqsError
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times, qfi_of_circuits
from vqs.physics.readout import measurement as m
from vqs.search.fitness import make_fitness
from vqs.search.pipeline import run
from vqs.search.refine import RefineOptions, refine_circuit
from vqs.search.rundir import RunDir
from vqs.search.schema import parse_config


def test_local_fitness_is_deterministic_batch_independent_and_below_the_qfi_fitness():
    model = SensingModel(2, "single", "amplitude_damping", 0.2, operating_point=(0.02,))
    grid = default_times(model, 10)
    rng = np.random.default_rng(0)
    genomes = [random_genes(rng, 2, k) for k in (1, 3, 4, 2)]
    fit = make_fitness(model, grid, "local_cfi_per_time", 6, "ghz", local_steps=8, chunk=4)
    a, b = fit(genomes), fit(genomes)
    assert np.array_equal(a, b)
    np.testing.assert_allclose(fit([genomes[2]])[0], a[2], rtol=1e-12)
    plain = make_fitness(model, grid, "local_cfi_per_time", 6, "ghz")(genomes)
    assert np.all(a >= plain - 1e-12)  # the local steps only add
    assert np.all(plain > 0)
    # every local fitness is the CFI of some readout: never above the best QFI over the grid's span
    qfi = make_fitness(model, grid, "per_time", 6, "ghz", local_steps=30)(genomes)
    assert np.all(a <= qfi * (1 + 1e-6))


@pytest.mark.parametrize("method", ["adam", "cobyla"])
def test_refinement_moves_the_readout_and_never_worsens(method):
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,))
    grid = default_times(model, 12)
    circuit = Circuit(2, (Gene("RY", 0, None, 0.4), Gene("CRX", 1, 0, 1.0)), "ghz", [(1.2, 0.3), (0.9, 2.0)])
    opts = RefineOptions(method=method, steps=40, maxiter=150, learning_rate=0.05, prune=False)
    res = refine_circuit(circuit, model, grid, "local_cfi_per_shot", opts)
    assert res.improved and res.best.value > res.initial.value
    assert res.circuit.readout != circuit.readout
    again = best_times_of_circuits([res.circuit], model, grid, "local_cfi_per_shot", extra_times=[res.best.t_star])[0]
    assert again.value == pytest.approx(res.best.value, rel=1e-9)
    assert res.best.value <= best_times_of_circuits([res.circuit], model, grid, "per_shot")[0].value * (1 + 1e-9)
    with pytest.raises(VqsError, match="needs a circuit with a readout"):
        refine_circuit(circuit.with_readout(None), model, grid, "local_cfi_per_shot", opts)


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "r"
    config = parse_config(tiny_run(figure_of_merit="local_cfi_per_time"))
    return run(config, out), RunDir(out), config


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_tiny_local_run_end_to_end(local_run):
    result, rd, config = local_run
    model = config.model.build()
    grid = config.time_grid.times(model)
    data = json.loads(rd.result.read_text())
    assert data["figure_of_merit"] == "local_cfi_per_time"
    circuit = rd.read_circuit()
    assert circuit.readout is not None and len(circuit.readout) == 2
    for key, probe in (("vqs", result.vqs), ("ghz", result.ghz)):
        entry = data[key]
        assert entry["readout_check"] == {"continuous": True, "zero_probability_outcomes": [], "singular_outcomes": []}
        assert [r["node"] for r in entry["readout"]] == [0, 1]
        assert entry["best"] == pytest.approx(entry["cfi"] / entry["t_star"], rel=1e-12)
        assert entry["cfi"] <= entry["qfi"] * (1 + 1e-9)
        assert entry["ccrb"] == pytest.approx(1 / entry["cfi"], rel=1e-12)
        assert entry["qcrb"] == pytest.approx(1 / entry["qfi"], rel=1e-12)
        assert probe.readout_angles() == [(r["theta"], r["phi"]) for r in entry["readout"]]
    assert result.vqs_over_ghz == pytest.approx(result.vqs.best / result.ghz.best, rel=1e-12)
    assert result.vqs.best >= result.ghz.best  # GHZ (the bare genome) with its best readout competes
    # circuit.json carries the readout of result.json; rescoring it reproduces the figure
    assert list(circuit.readout) == result.vqs.readout_angles()
    again = best_times_of_circuits([circuit], model, grid, "local_cfi_per_time", extra_times=[result.vqs.t_star])[0]
    assert again.value == pytest.approx(result.vqs.best, rel=1e-9)
    quantum = qfi_of_circuits([circuit], model, [result.vqs.t_star])
    assert result.vqs.qfi == pytest.approx(float(quantum.qfi[0, 0]), rel=1e-12)
    # GHZ with its best local readout: the dephasing closed form, local = QFI
    assert result.ghz.cfi == pytest.approx(result.ghz.qfi, rel=1e-8)
    # the QASM export ends with the designed readout
    qasm = rd.qasm.read_text()
    assert "creg c[2];" in qasm and "measure q[1] -> c[1];" in qasm and "readout: the local measurement" in qasm
    theta, phi = circuit.readout[0]
    assert f"ry({-theta!r}) q[0];" in qasm or f"ry({-theta}) q[0];" in qasm


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_vqs_measure_agrees_with_the_designed_readout(local_run, capsys):
    result, rd, _ = local_run
    assert main(["measure", str(rd.root), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["t_star"] == result.vqs.t_star
    # the designed readout is a local readout, so the searched best local is at least as good
    assert out["local"]["cfi"] >= result.vqs.cfi * (1 - 1e-6)
    assert out["designed"]["cfi"] == pytest.approx(result.vqs.cfi, rel=1e-10)
    np.testing.assert_allclose([(a["theta"], a["phi"]) for a in out["designed"]["angles"]],
                               result.vqs.readout_angles(), atol=1e-12)
    rho, drho = m.output_state(rd.read_circuit(), SensingModel(2, "single", "dephasing", 0.2), result.vqs.t_star)
    designed = m.local_readout("designed", rho, drho, np.array(result.vqs.readout_angles()), np.eye(1))
    assert designed.cfim[0, 0] == pytest.approx(result.vqs.cfi, rel=1e-10)


class Killed(Exception):
    pass


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_killed_local_run_resumes_to_the_same_result(local_run, tmp_path, capsys):
    """The local fitness is a function of the genome: the JSON checkpoint and the cache resume exactly;
    through the CLI, the summary names the local CFI and the readout."""
    import yaml

    result, rd, config = local_run

    def kill_at_1(generation, total, best):
        if generation == 1:
            raise Killed

    with pytest.raises(Killed):
        run(config, tmp_path / "killed", progress=kill_at_1)
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(tiny_run(figure_of_merit="local_cfi_per_time")))
    assert main(["run", str(cfg), "--out", str(tmp_path / "killed"), "--resume", "--quiet"]) == 0
    text = capsys.readouterr().out
    assert "local CFI/t = " in text and "readout per node" in text
    resumed = RunDir(tmp_path / "killed")
    strip = ("wall_time_s", "versions")
    assert ({k: v for k, v in resumed.read_result().to_dict().items() if k not in strip}
            == {k: v for k, v in result.to_dict().items() if k not in strip})
    for name in ("circuit.json", "history.csv", "circuit.qasm"):
        assert (resumed.root / name).read_text() == (rd.root / name).read_text()
    assert math.isfinite(resumed.read_result().vqs.cfi)
    vqs = resumed.read_result().vqs  # the summary's bound is the readout's, 1/CFI, not 1/QFI
    assert f"(local bound {vqs.ccrb:.6g}, " in text and f"QCRB {vqs.qcrb:.6g}" in text
