"""The 'VQS + N ancillas' rows of the multi cells (table key ancilla_rows; vqs/report/ancilla_columns.py)."""

import csv
import json
import math

import pytest
import yaml
from sdp_helpers import sdp_hcrb

from vqs.cli import main
from vqs.config import parse
from vqs.physics.readout.measurement import output_state
from vqs.report.render import to_markdown
from vqs.report.table_config import TableConfig, cell_config, cells_of
from vqs.search.rundir import RunDir

TINY = {
    "name": "anc", "seed": 1, "tasks": ["multi"], "noises": ["dephasing"], "gammas": [0.1],
    "nodes": [1], "figure_of_merit": "per_time", "multi_figure": "hcrb", "ancilla_rows": [1],
    "run": {"time_grid": {"points": 6},
            "ga": {"population": 6, "generations": 2, "max_genes": 6, "initial_genes": [1, 3]},
            "refine": {"top_k": 1, "steps": 5}},
    "optimum": {"starts": 1, "max_iter": 30}, "multi_optimum_starts": 2, "multi_optimum_maxiter": 40,
    "local_columns": False,
}


def test_ancilla_cell_config_is_the_cell_with_n_ancillas():
    config = parse(TableConfig, dict(TINY, nodes=[1, 2], ancilla_rows=[2]))
    for cell in cells_of(config):
        plain, anc = cell_config(config, cell), cell_config(config, cell, ancillas=cell.nodes)
        assert plain.model.ancillas == 0 and anc.model.ancillas == cell.nodes
        assert anc.name == f"{cell.name}_anc{cell.nodes}"
        assert anc.model_dump(exclude={"name", "model"}) == plain.model_dump(exclude={"name", "model"})


def test_the_ancilla_rule_changes_the_ancilla_runs_only():
    rule = {"refine": {"layered_starts": 2}, "ga": {"max_genes": 9}}
    before = parse(TableConfig, dict(TINY, nodes=[1, 2], ancilla_rows=[2]))
    config = parse(TableConfig, dict(TINY, nodes=[1, 2], ancilla_rows=[2], ancilla_run=rule))
    for cell in cells_of(config):
        assert cell_config(config, cell) == cell_config(before, cell)
        anc, anc_before = (cell_config(c, cell, ancillas=cell.nodes) for c in (config, before))
        assert (anc.refine.layered_starts, anc.ga.max_genes) == (2, 9) != (anc_before.refine.layered_starts,
                                                                         anc_before.ga.max_genes)
        assert anc.model_dump(exclude={"refine", "ga"}) == anc_before.model_dump(exclude={"refine", "ga"})


@pytest.mark.parametrize("change, needle", [
    ({"ancilla_rows": [3]}, "ancilla_rows names N = 3"),
    ({"tasks": ["single"]}, "ancilla_rows is for the multi task"),
    ({"ancilla_run": {"refine": {"layered_starts": -1}}}, "layered_starts"),
])
def test_bad_ancilla_rows_are_one_line_exit_2(tmp_path, capsys, change, needle):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(dict(TINY, **change)))
    assert main(["table", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err
    assert not (tmp_path / "out").exists()


def _row(anc_h, anc_q):
    return {"task": "multi", "noise": "dephasing", "gamma": 0.1, "nodes": 1, "figure_of_merit": "hcrb_per_time",
            "vqs_hcrb": 0.5, "ghz_hcrb": 0.6, "estimate_hcrb": 0.5, "estimate_qcrb": 0.4, "vqs_qcrb": 0.45,
            "ghz_qcrb": 0.6, "optimum_qcrb": 0.4, "bound_qcrb": 0.2, "vqs_over_optimum": 1.0, "vqs_over_bound": 2.25,
            "short_of_optimum": False, "t_star_at_grid_edge": "", "vqs_t_star": 5.0, "ghz_t_star": 5.0,
            "optimum_t_star": 5.0, "paper_vqs": None, "paper_ghz": None, "vqs_anc_hcrb": anc_h,
            "vqs_anc_qcrb": anc_q, "estimate_anc_hcrb": 0.3, "estimate_anc_qcrb": 0.25,
            "vqs_anc_over_bound": anc_q / 0.2}


@pytest.mark.parametrize("anc_h, anc_q, warning", [
    (0.35, 0.3, None),
    (0.35, 0.19, "ancilla VQS QCRB below the bound (a bug) in 1 cell(s)"),
    (0.55, 0.3, "ancilla VQS HCRB above the cell's VQS HCRB"),
])
def test_ancilla_rows_print_and_warn_where_an_inequality_fails(anc_h, anc_q, warning):
    md = to_markdown(parse(TableConfig, TINY), [_row(anc_h, anc_q)])
    assert f"| VQS + N anc | 1 | {anc_h:.5g} (QCRB {anc_q:.5g}) [x{anc_q / 0.2:.3g}] |" in md
    assert "| Est. + N anc | 1 | 0.3 (QCRB 0.25) |" in md
    if warning is None:
        assert "WARNING" not in md
    else:
        assert md.count("WARNING") == 1 and warning in md


@pytest.mark.parametrize("gap, warned", [(0.0, False), (1e-7, False), (0.34, True)])
def test_an_open_hcrb_bracket_prints_its_upper_end_and_warns(tmp_path, gap, warned):
    """value = (lower + upper) / 2 and gap = (upper - lower) / upper: an open bracket (an ill-conditioned
    state) is never printed as the HCRB; its upper end (a feasible X's Holevo function) is, with a warning."""
    from vqs.report import ancilla_columns

    config = parse(TableConfig, TINY)
    cell = cells_of(config)[0]
    lower, upper = 0.2, 0.2 / (1 - gap)
    rundir = RunDir(tmp_path / "cell")
    anc = ancilla_columns.anc_rundir(rundir)
    anc.root.mkdir(parents=True)
    result = {"name": "x", "task": "multi", "noise": "dephasing", "gamma": 0.1, "n_qubits": 1, "ancillas": 1,
              "operating_point": [0.01, 0.01, 0.01], "figure_of_merit": "hcrb_per_shot", "engine": "jax",
              "vqs": {"best": 1 / (0.5 * (lower + upper)), "t_star": 2.0, "qcrb": 0.15, "t_star_at_grid_edge": False,
                      "hcrb": 0.5 * (lower + upper), "hcrb_over_qcrb": 1.0, "commutativity": 0.0,
                      "hcrb_duality_gap": gap},
              "ghz": {"best": 1.0, "t_star": 2.0, "qcrb": 1.0, "t_star_at_grid_edge": False},
              "vqs_over_ghz": 1.0, "search": {}, "seed": 1, "wall_time_s": 1.0, "versions": {}}
    anc.result.write_text(json.dumps(result))
    row = ancilla_columns.anc_row(config, cell, rundir, bound_qcrb=0.1)
    assert row["vqs_anc_hcrb"] == pytest.approx(upper if warned else 0.5 * (lower + upper), rel=1e-12)
    notes = ancilla_columns.anc_notes([row | {"task": "multi", "noise": "dephasing", "gamma": 0.1, "nodes": 1,
                                              "vqs_hcrb": 1.0}])
    assert any("bracket is open" in n for n in notes) == warned


@pytest.mark.integration
def test_table_with_ancilla_rows_recomputed_independently(tmp_path):
    cfg = tmp_path / "t.yaml"
    cfg.write_text(yaml.safe_dump(TINY))
    out = tmp_path / "t"
    assert main(["table", str(cfg), "--out", str(out), "--workers", "1"]) == 0
    row = next(csv.DictReader(open(f"{out}.csv")))
    v = {k: float(row[k]) for k in row if k.endswith(("hcrb", "qcrb", "t_star", "bound")) and row[k]}
    for key in ("vqs_anc_hcrb", "vqs_anc_qcrb", "estimate_anc_hcrb", "estimate_anc_qcrb"):
        assert math.isfinite(v[key]), key
    anc = RunDir(out / "cells" / "multi_dephasing_g0.1_n1" / "ancillas")
    model = anc.read_config().model.build()
    assert model.ancillas == 1
    rho, drho = output_state(anc.read_circuit(), model, v["vqs_anc_t_star"])
    assert sdp_hcrb(rho, drho, model.weight_matrix()) * v["vqs_anc_t_star"] == pytest.approx(v["vqs_anc_hcrb"],
                                                                                            rel=1e-6)
    assert v["bound_qcrb"] <= v["vqs_anc_qcrb"] <= v["vqs_anc_hcrb"]
    # the estimate starts from the ancilla VQS and from the cell's VQS with idle ancillas
    assert v["estimate_anc_hcrb"] <= min(v["vqs_anc_hcrb"], v["vqs_hcrb"]) * (1 + 1e-9)
    assert float(row["vqs_anc_over_bound"]) == pytest.approx(v["vqs_anc_qcrb"] / v["bound_qcrb"])
    md = open(f"{out}.md").read()
    assert "| VQS + N anc | 1 |" in md and "ancilla rows" in md
