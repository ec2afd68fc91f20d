"""The distributed study's cells (vqs.report.distributed): models of the four tasks and the
weight-matched GHZ probe, against closed forms without noise."""

import numpy as np
import pytest

from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_states
from vqs.report.distributed import cell_model, matched_ghz


@pytest.mark.parametrize("task, weights, gammas", [
    ("average", (1 / 3,) * 3, None),
    ("gradient", (1.0, -1.0, 0.0), None),
    ("weighted", (1.0, 0.5, 0.25), None),
    ("heterogeneous", (1 / 3,) * 3, (0.05, 0.125, 0.2)),
])
def test_cell_models(task, weights, gammas):
    m = cell_model(task, "dephasing", 3, 0.1, 0.01)
    assert m.local_field and m.function_weights == pytest.approx(weights) and m.operating_point == (0.01,) * 3
    assert (m.nodes is None) == (gammas is None)
    if gammas:
        assert [g for _, g in m.nodes] == pytest.approx(gammas)
    with pytest.raises(VqsError, match="unknown study task"):
        cell_model("sum", "dephasing", 3, 0.1, 0.0)


@pytest.mark.parametrize("weights, value", [
    ((1.0, -1.0, 0.0), 4 * 1.5**2 / 4),  # (|01> + |10>)/sqrt 2 on nodes 1, 2: F = t^2 (1,-1)(1,-1)^T, q = th1 - th2
    ((0.5, 0.5), 1.5**2 * 4),  # GHZ: F_q = N^2 t^2
    ((1.0, 0.5, 0.25), 0.0),  # unequal weights: not identifiable from a GHZ-type probe
])
def test_matched_ghz_without_noise(weights, value):
    n = len(weights)
    m = SensingModel(n, "single", "none", 0.0, field="local", function_weights=weights)
    got = qfi_of_states(matched_ghz(weights), m, [1.5]).qfi[0, 0]
    np.testing.assert_allclose(got, value, rtol=1e-10, atol=1e-12)


def test_summary_says_which_cells_seeded_the_reference(tmp_path):
    """A cell records ga.seed_reference; cells run before the option existed show '-'."""
    from vqs.io import atomic_write_json
    from vqs.report.distributed import summarise

    base = {"noise": "dephasing", "vqs": 2.0, "ghz": 1.0, "matched_ghz": 1.0, "estimate": 2.0, "certificate": 3.0,
            "vqs_over_estimate": 1.0, "common_vqs": 2.0, "common_ghz": 1.0, "wall_time_s": 1.0}
    (tmp_path / "cells").mkdir()
    for n, flag in ((2, True), (3, False), (4, None)):
        cell = base | {"task": "gradient", "n": n} | ({} if flag is None else {"seed_reference": flag})
        atomic_write_json(tmp_path / "cells" / f"gradient_dephasing_N{n}.json", cell)
    summarise(tmp_path)
    rows = (tmp_path / "summary.md").read_text().splitlines()[2:]
    assert [r.rsplit("|", 2)[-2].strip() for r in rows] == ["yes", "no", "-"]
    assert (tmp_path / "summary.csv").read_text().splitlines()[1].endswith(",True")


@pytest.mark.parametrize("recorded, needle", [
    (None, "no settings recorded"),
    ({"refine": {"steps": 1}}, "refine"),
    ({"seed": 7, "points": 5}, "points, seed"),
])
def test_cells_of_other_settings_are_refused_before_anything_is_written(tmp_path, capsys, recorded, needle):
    """A study folder reuses finished cells as they are, so cells of another budget are refused (one line, exit 2)."""
    from vqs.config import parse
    from vqs.io import atomic_write_json
    from vqs.report.distributed import StudyConfig, cell_settings, main

    config = tmp_path / "study.yaml"
    config.write_text("ns: [2]\nsearch: {population: 4}\nrefine: {steps: 3}\npoints: 6\n")
    settings = cell_settings(parse(StudyConfig, {"ns": [2], "search": {"population": 4}, "refine": {"steps": 3},
                                                 "points": 6}))
    (tmp_path / "out" / "cells").mkdir(parents=True)
    cell = tmp_path / "out" / "cells" / "average_dephasing_N2.json"
    atomic_write_json(cell, {"task": "average"} | ({} if recorded is None else {"settings": settings | recorded}))
    before = sorted(p.name for p in (tmp_path / "out").rglob("*"))
    assert main([str(config), "--out", str(tmp_path / "out"), "--only-summary"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "other settings" in err and needle in err
    assert sorted(p.name for p in (tmp_path / "out").rglob("*")) == before
    atomic_write_json(cell, {"task": "average", "settings": settings})  # the same settings: not refused
    from vqs.report.distributed import require_same_settings

    require_same_settings(parse(StudyConfig, {"ns": [2], "search": {"population": 4}, "refine": {"steps": 3},
                                              "points": 6}), tmp_path / "out")


def test_a_second_study_on_one_folder_is_refused_at_once(tmp_path, capsys):
    """Two studies never write one folder at once: the second gets one line and exit 2, and writes nothing."""
    from vqs.io import DirLock
    from vqs.report.distributed import main

    config = tmp_path / "study.yaml"
    config.write_text("ns: [2]\nsearch: {population: 4}\nrefine: {steps: 3}\npoints: 6\n")
    held = DirLock(tmp_path / "out", "study").acquire()
    try:
        assert main([str(config), "--out", str(tmp_path / "out")]) == 2
    finally:
        held.release()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "in use by another vqs study" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".vqs.lock"]


@pytest.mark.parametrize("rule, n, search, refine", [
    ({}, 5, {"population": 4}, {"steps": 3}),
    ({5: {"refine": {"steps": 9}}}, 2, {"population": 4}, {"steps": 3}),  # other N: the study's own settings
    ({5: {"refine": {"steps": 9}}}, 5, {"population": 4}, {"steps": 9}),
    ({5: {"search": {"generations": 2}, "refine": {"layered_starts": 1}}}, 5, {"population": 4, "generations": 2},
     {"steps": 3, "layered_starts": 1}),
])
def test_the_rule_by_nodes_sets_the_budget_of_its_n_only(rule, n, search, refine):
    from vqs.config import parse
    from vqs.report.distributed import StudyConfig, cell_settings

    base = {"ns": [2, 5], "search": {"population": 4}, "refine": {"steps": 3}}
    cfg = parse(StudyConfig, base | {"by_nodes": rule})
    settings = cell_settings(cfg, n)
    assert (settings["search"], settings["refine"]) == (search, refine)
    if n not in rule:  # cells run before the rule was added stay valid
        assert settings == cell_settings(parse(StudyConfig, base), n) == cell_settings(cfg)


@pytest.mark.parametrize("rule, needle", [
    ({4: {"refine": {"steps": 9}}}, "by_nodes names N = 4"),
    ({5: {"points": 9}}, "only search and refine"),
])
def test_a_bad_rule_by_nodes_is_one_line_exit_2(tmp_path, capsys, rule, needle):
    import yaml

    from vqs.report.distributed import main

    config = tmp_path / "study.yaml"
    config.write_text(yaml.safe_dump({"ns": [2, 5], "by_nodes": rule}))
    assert main([str(config), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err
    assert not (tmp_path / "out").exists()
