"""Everything is validated before a run directory exists: each refusal writes nothing, and a
corrected rerun into the same --out is not blocked. Scales the engine cannot resolve are refused."""

import copy

import numpy as np
import pytest
import yaml
from run_configs import tiny_run

from vqs import _checks
from vqs.cli import main
from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times, ghz_circuit, qfi_of_circuits

TINY = tiny_run(ga={"generations": 1})


def _with(path, value):
    raw = copy.deepcopy(TINY)
    node = raw
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value
    return raw


BAD = [
    (_with(["model", "operating_point"], [0.1, 0.2]), "operating point"),
    (_with(["model", "task"], "multi") | {"model": {**TINY["model"], "task": "multi", "operating_point": [0.1]}},
     "operating point"),
    (_with(["model", "gamma"], 1e-300), "outside the range the engine resolves"),
    (_with(["model", "gamma"], 1e300), "outside the range the engine resolves"),
    (_with(["time_grid", "t_max"], 1e40), "outside the range the engine resolves"),
    (_with(["ga", "elite"], 6), "elite"),
    (_with(["model", "noise"], "bit_flip"), "discontinuous"),
    (_with(["ga", "score_points"], 9), "ga.score_points (9) exceeds time_grid.points (8)"),
]


@pytest.mark.parametrize("raw, match", BAD)
def test_refusals_write_nothing_and_do_not_block_a_rerun(tmp_path, capsys, raw, match):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(yaml.safe_dump(raw))
    out = tmp_path / "out"
    for extra in ([], ["--resume"]):
        assert main(["run", str(cfg), "--out", str(out), "--quiet", *extra]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and match in err and "Traceback" not in err, err
        assert not out.exists()
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(TINY))
    assert main(["run", str(good), "--out", str(out), "--quiet"]) == 0
    assert (out / "result.json").exists()


@pytest.mark.parametrize("argv", [["--gamma", "1e300"], ["--gamma", "1e-300"], ["--gamma", "1", "--times", "1e-40,1"],
                                  ["--gamma", "1", "--t-max", "1e31"]])
def test_qfi_refuses_unresolvable_scales(capsys, argv):
    assert main(["qfi", "--qubits", "2", "--noise", "dephasing", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "outside the range the engine resolves" in err


def test_time_range_edges():
    lo, hi = _checks.TIME_RANGE
    assert _checks.times([lo, hi]).tolist() == [lo, hi]
    for bad in ([lo / 2, 1.0], [1.0, hi * 2]):
        with pytest.raises(VqsError, match="engine resolves"):
            _checks.times(bad)


@pytest.mark.parametrize("task", ["single", "multi"])
def test_the_engine_is_scale_invariant_across_the_range(task):
    """QFI(gamma, t) = QFI(1, gamma t) / gamma^2: the stated range is one the engine resolves."""
    values = []
    for gamma in (1.0, 1e-28, 1e28):
        point = (0.1 * gamma,) * (1 if task == "single" else 3)
        model = SensingModel(3, task, "amplitude_damping", gamma, operating_point=point)
        times = default_times(model, 6)
        assert _checks.TIME_RANGE[0] <= times[0] and times[-1] <= _checks.TIME_RANGE[1]
        curve = qfi_of_circuits([ghz_circuit(3)], model, times)
        values.append((curve.qfi[0] if task == "single" else curve.qfim[0]) * gamma**2)
    atol = 1e-12 * np.abs(values[0]).max()
    np.testing.assert_allclose(values[1], values[0], rtol=1e-9, atol=atol)
    np.testing.assert_allclose(values[2], values[0], rtol=1e-9, atol=atol)


@pytest.mark.parametrize("ga, match", [
    ({"score_points": 9}, r"ga.score_points \(9\) exceeds time_grid.points \(8\)"),
    ({"score_points": 1}, "score_points"),
    ({"score_points": 2.5}, "score_points"),
    ({"local_best": 0}, "local_best"),
    ({"workers": 0}, "workers"),
    ({"workers": "two"}, "workers"),
])
def test_search_scaling_keys_are_checked_at_load(ga, match):
    from vqs.search.schema import parse_config

    with pytest.raises(VqsError, match=match):
        parse_config(tiny_run(ga=ga))


def test_search_scaling_keys_accepted():
    from vqs.search.schema import parse_config

    cfg = parse_config(tiny_run(ga={"score_points": 8, "local_best": 2, "workers": 2}))
    assert (cfg.ga.score_points, cfg.ga.local_best, cfg.ga.workers) == (8, 2, 2)
    default = parse_config(tiny_run())
    assert (default.ga.score_points, default.ga.local_best, default.ga.workers) == (None, None, 1)
