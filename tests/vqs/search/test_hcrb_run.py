"""Runs on the Holevo bound (hcrb_* figures): reported values recomputed independently, refusals."""

import json

import numpy as np
import pytest
from run_configs import tiny_run

from ansatz import Circuit, identity_layers
from ansatz.io import load_circuit
from vqs.cli import main
from vqs.errors import VqsError
from vqs.physics.kernel.hcrb_grad import log_hcrb_and_grad
from vqs.physics.kernel.holevo import hcrb
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import ghz_circuit
from vqs.physics.readout.measurement import output_state
from vqs.search.pipeline import run
from vqs.search.refine import RefineOptions
from vqs.search.refine_hcrb import refine_hcrb
from vqs.search.rundir import RunDir
from vqs.search.schema import parse_config

MULTI = {"task": "multi", "noise": "amplitude_damping", "gamma": 0.1, "operating_point": [0.01, 0.02, 0.03]}
MODEL = SensingModel(2, "multi", "amplitude_damping", 0.1, operating_point=(0.01, 0.02, 0.03))


def _circuit(seed=0):
    genes = identity_layers(2, 1)
    return Circuit(2, genes, "ghz").with_angles(np.random.default_rng(seed).normal(0, 1, len(genes)))


@pytest.mark.parametrize("per_time", [False, True])
def test_gradient_of_log_hcrb_matches_finite_differences(per_time):
    circuit = _circuit()
    packed = PackedCircuits.pack([circuit], len(circuit.genes)).row(0)
    km = KernelModel.of(MODEL)
    angles, log_t = np.asarray(packed.angle), np.log(4.0)
    _, (g_angles, g_log_t) = log_hcrb_and_grad(angles, log_t, packed, km, np.eye(3), per_time)
    eps = 1e-6

    def value(a, lt):
        return log_hcrb_and_grad(a, lt, packed, km, np.eye(3), per_time)[0]

    for i in range(angles.size):
        e = np.zeros(angles.size)
        e[i] = eps
        assert (value(angles + e, log_t) - value(angles - e, log_t)) / (2 * eps) == pytest.approx(
            g_angles[i], rel=1e-5, abs=1e-8)
    assert (value(angles, log_t + eps) - value(angles, log_t - eps)) / (2 * eps) == pytest.approx(g_log_t, rel=1e-5)


def test_refine_hcrb_improves_and_reports_its_own_state():
    grid = np.geomspace(0.5, 20.0, 6)
    res = refine_hcrb(_circuit(1), MODEL, grid, "hcrb_per_shot", RefineOptions(steps=30))
    assert res.best.value > res.initial.value
    r = hcrb(*output_state(res.circuit, MODEL, res.best.t_star))
    assert res.best.point.hcrb == pytest.approx(r.value, rel=1e-10)
    assert res.best.value == pytest.approx(1 / r.value, rel=1e-10)


@pytest.fixture(scope="module")
def hcrb_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("hcrb") / "run"
    config = parse_config(tiny_run(model=MULTI, figure_of_merit="hcrb_per_time", refine={"steps": 10}))
    return run(config, out), out


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_tiny_hcrb_run_reports_the_hcrb_of_its_probes(hcrb_run):
    result, out = hcrb_run
    assert result.figure_of_merit == "hcrb_per_time"
    circuit = load_circuit(RunDir(out).circuit)
    for probe, score in ((circuit, result.vqs), (ghz_circuit(2), result.ghz)):
        r = hcrb(*output_state(probe, MODEL, score.t_star))  # independent recompute at the reported t*
        assert score.hcrb == pytest.approx(r.value, rel=1e-9)
        assert score.best == pytest.approx(1 / (score.t_star * r.value), rel=1e-9)
        assert score.qcrb * (1 - 1e-9) <= score.hcrb <= 2 * score.qcrb
        assert score.hcrb_over_qcrb == pytest.approx(score.hcrb / r.qcrb, rel=1e-8)
        assert score.hcrb_duality_gap <= 1e-9 and score.commutativity >= 0
    assert result.vqs_over_ghz == pytest.approx(result.vqs.best / result.ghz.best)
    assert result.vqs.best >= result.ghz.best * (1 - 1e-12)  # genomes start from GHZ: it is a candidate
    saved = json.loads((out / "result.json").read_text())
    assert saved["vqs"]["hcrb"] == pytest.approx(result.vqs.hcrb) and "commutativity" in saved["ghz"]
    assert all("hcrb_refined" in r for r in saved["search"]["refined"])


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_multi_qcrb_run_also_reports_the_hcrb(tmp_path):
    result = run(parse_config(tiny_run(model=MULTI, figure_of_merit="per_shot")), tmp_path / "run")
    r = hcrb(*output_state(ghz_circuit(2), MODEL, result.ghz.t_star))
    assert result.ghz.hcrb == pytest.approx(r.value, rel=1e-9) and result.ghz.qcrb <= result.ghz.hcrb
    assert result.vqs.hcrb >= result.vqs.qcrb * (1 - 1e-9)


# (config sections, message)
BAD = [({"figure_of_merit": "hcrb_per_shot"}, "multi task"),
       ({"model": {"task": "multi", "noise": "amplitude_damping", "operating_point": [0.01, 0.02, 0.03],
                   "weight_matrix": [[1, 0, 0], [0, 1, 0], [0, 0, -1]]}}, "positive definite"),
       ({"model": {"task": "multi", "noise": "amplitude_damping", "operating_point": [0.01, 0.02, 0.03],
                   "weight_matrix": [[1, 0.5, 0], [0, 1, 0], [0, 0, 1]]}}, "symmetric"),
       ({"model": {"weight_matrix": [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}}, "multi task")]


@pytest.mark.parametrize(("sections", "message"), BAD)
def test_bad_hcrb_configs_are_refused(sections, message):
    with pytest.raises(VqsError, match=message):
        parse_config(tiny_run(**sections))


def test_weight_matrix_reaches_the_model():
    w = [[2.0, 0.1, 0.0], [0.1, 1.0, 0.0], [0.0, 0.0, 0.5]]
    config = parse_config(tiny_run(model=MULTI | {"weight_matrix": w}))
    np.testing.assert_allclose(config.model.build().weight_matrix(), w)


def test_cli_refuses_an_hcrb_figure_for_the_single_task_in_one_line(tmp_path, capsys):
    path = tmp_path / "c.yaml"
    path.write_text(json.dumps(tiny_run(figure_of_merit="hcrb_per_time")))
    assert main(["run", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "multi task" in err and not (tmp_path / "out").exists()
