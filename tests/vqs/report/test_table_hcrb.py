"""The multi task's HCRB table (multi_figure: hcrb): config rule and refusals, columns recomputed
independently (SDP) from circuit.json at t*, the proven inequalities, labels, the HCRB figures."""

import csv
import math

import numpy as np
import pytest
import yaml
from sdp_helpers import sdp_hcrb

from vqs.cli import main
from vqs.config import parse
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.multi_optimum import hcrb_objective
from vqs.physics.readout.measurement import output_state
from vqs.report import labels
from vqs.report.table_config import TableConfig, cell_config, cells_of, task_figure
from vqs.search.rundir import RunDir

TINY = {
    "name": "hcrb", "seed": 1, "tasks": ["single", "multi"], "noises": ["amplitude_damping"], "gammas": [0.1],
    "nodes": [2], "figure_of_merit": "per_time", "multi_figure": "hcrb",
    # the run section: tests/run_configs.py's tiny shapes (8 time points, 4 gene slots), so this table's
    # cell compiles the programs tests/vqs/search/test_hcrb_run.py's run needs (JAX's persistent cache)
    "run": {"time_grid": {"points": 8},
            "ga": {"population": 6, "generations": 2, "max_genes": 4, "initial_genes": [1, 3], "local_steps": 2},
            "refine": {"top_k": 1, "steps": 5}},
    "optimum": {"starts": 1, "max_iter": 30}, "multi_optimum_starts": 2, "multi_optimum_maxiter": 40,
    "local_columns": False,
}


@pytest.mark.parametrize("time, multi, single_fig, multi_fig", [
    ("per_time", "hcrb", "per_time", "hcrb_per_time"),
    ("per_shot", "hcrb", "per_shot", "hcrb_per_shot"),
    ("per_time", "qcrb", "per_time", "per_time"),
])
def test_one_rule_gives_every_multi_cell_the_hcrb_figure(time, multi, single_fig, multi_fig):
    config = parse(TableConfig, dict(TINY, figure_of_merit=time, multi_figure=multi, nodes=[2, 3]))
    assert (task_figure(config, "single"), task_figure(config, "multi")) == (single_fig, multi_fig)
    for cell in cells_of(config):
        assert cell_config(config, cell).figure_of_merit == (multi_fig if cell.task == "multi" else single_fig)


@pytest.mark.parametrize("change, needle", [
    ({"figure_of_merit": "hcrb_per_time"}, "multi_figure: hcrb"),
    ({"multi_figure": "holevo"}, "multi_figure"),
])
def test_bad_table_config_is_one_line_exit_2(tmp_path, capsys, change, needle):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(dict(TINY, **change)))
    assert main(["table", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("task, figure, expected", [
    ("multi", "hcrb_per_time", r"inverse HCRB per unit time, $1/(t\,\mathrm{HCRB}(t))$"),
    ("multi", "hcrb_per_shot", r"inverse HCRB per shot, $1/\mathrm{HCRB}(t)$"),
    ("multi", "per_time", r"inverse QCRB per unit time, $1/(t\,\mathrm{QCRB}(t))$"),
    ("single", "local_cfi_per_time", "QFI per unit time, $F(t)/t$"),
])
def test_labels_know_the_hcrb_figures(task, figure, expected):
    assert labels.fom_label(task, figure) == expected


@pytest.mark.parametrize("per_time", [False, True])
def test_estimate_objective_gradient_matches_finite_differences(per_time):
    model = SensingModel(2, "multi", "amplitude_damping", 0.1, operating_point=(0.01, 0.02, 0.03))
    fun = hcrb_objective(model, per_time)
    x = np.random.default_rng(3).normal(size=2 * model.dim + 1)
    x[-1] = math.log(4.0)
    value, grad, qcrb = fun(x)
    eps = 1e-6
    num = [(fun(x + eps * e)[0] - fun(x - eps * e)[0]) / (2 * eps) for e in np.eye(x.size)]
    np.testing.assert_allclose(grad, num, atol=1e-6)
    assert qcrb <= math.exp(value) <= 2 * qcrb


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    root = tmp_path_factory.mktemp("hcrb_table")
    cfg = root / "t.yaml"
    cfg.write_text(yaml.safe_dump(dict(TINY, tasks=["multi"])))
    out = root / "t"
    assert main(["table", str(cfg), "--out", str(out), "--workers", "1"]) == 0
    return out


@pytest.mark.integration  # end-to-end (a vqs table run): python -m pytest -m integration
def test_multi_row_has_the_hcrb_columns_recomputed_independently(table):
    row = next(csv.DictReader(open(f"{table}.csv")))
    for key in ("vqs_hcrb", "ghz_hcrb", "estimate_hcrb", "estimate_qcrb", "vqs_qcrb", "ghz_qcrb", "bound_qcrb"):
        assert row[key] and math.isfinite(float(row[key])), key
    v = {k: float(row[k]) for k in row if k.endswith(("hcrb", "qcrb", "t_star")) and row[k]}
    rundir = RunDir(table / "cells" / "multi_amplitude_damping_g0.1_n2")
    model = rundir.read_config().model.build()
    rho, drho = output_state(rundir.read_circuit(), model, v["vqs_t_star"])
    # the SDP (cvxpy + Clarabel), not vqs.physics.kernel.holevo; per unit time: t* HCRB
    assert sdp_hcrb(rho, drho, model.weight_matrix()) * v["vqs_t_star"] == pytest.approx(v["vqs_hcrb"], rel=1e-6)
    assert v["bound_qcrb"] <= v["vqs_qcrb"] <= v["vqs_hcrb"] <= v["ghz_hcrb"] * (1 + 1e-9)
    assert v["estimate_qcrb"] <= v["estimate_hcrb"] <= v["vqs_hcrb"] * (1 + 1e-9)  # started from VQS
    assert float(row["vqs_over_optimum"]) == pytest.approx(v["vqs_hcrb"] / v["estimate_hcrb"])
    assert rundir.read_optimum()["objective"] == "hcrb"


@pytest.mark.integration  # end-to-end (a vqs table run): python -m pytest -m integration
def test_markdown_prints_hcrb_with_qcrb_beside(table):
    md = open(f"{table}.md").read()
    row = next(csv.DictReader(open(f"{table}.csv")))
    assert f"{float(row['vqs_hcrb']):.5g} (QCRB {float(row['vqs_qcrb']):.5g})" in md
    assert f"{float(row['estimate_hcrb']):.5g} (QCRB {float(row['estimate_qcrb']):.5g})" in md
    assert "bound <= VQS QCRB <= VQS HCRB" in md and "WARNING" not in md
    tex = open(f"{table}.tex").read()
    assert f"{float(row['vqs_hcrb']):.4g} (QCRB {float(row['vqs_qcrb']):.4g})" in tex


@pytest.mark.parametrize("kind", ["qfi-vs-time", "best-vs-n"])
@pytest.mark.integration  # end-to-end (a vqs table run): python -m pytest -m integration
def test_plots_of_an_hcrb_cell(table, tmp_path, kind):
    out = tmp_path / kind
    nodes = ["--nodes", "2"] if kind == "qfi-vs-time" else []  # best-vs-n plots every N (and refuses --nodes)
    assert main(["plot", str(table), "--kind", kind, "--task", "multi", "--noise", "amplitude_damping",
                 "--gamma", "0.1", *nodes, "--out", str(out)]) == 0
    pngs = list(out.glob("*.png"))
    assert len(pngs) == 1 and pngs[0].stat().st_size > 10_000


@pytest.mark.integration  # end-to-end (a vqs table run): python -m pytest -m integration
def test_hcrb_plot_draws_both_bounds_with_dots_on_the_hcrb_maxima(table):
    from vqs.report import plots

    cells = plots.TableCells(table)
    fig = plots.qfi_vs_time_figure(cells, "multi", "amplitude_damping", 0.1, 2)
    ax = fig.axes[0]
    names = [line.get_label() for line in ax.get_lines()]
    assert sum("HCRB" in n for n in names) == 2 and sum("QCRB" in n for n in names) == 2
    result = RunDir(table / "cells" / "multi_amplitude_damping_g0.1_n2").read_result()
    dots = [line.get_ydata()[0] for line in ax.get_lines() if len(line.get_ydata()) == 1]
    np.testing.assert_allclose(dots, [result.vqs.best, result.ghz.best], rtol=1e-12)
    curves = [line.get_ydata() for line in ax.get_lines() if "HCRB" in line.get_label()]
    assert all(max(c) <= d * (1 + 1e-9) for c, d in zip(curves, dots))


def _multi_row(vqs_h, ghz_h, vqs_q=0.4, gaps=(0.0, 0.0)):
    return {"vqs_hcrb_gap": gaps[0], "ghz_hcrb_gap": gaps[1],
            "task": "multi", "noise": "amplitude_damping", "gamma": 0.1, "nodes": 2, "figure_of_merit": "hcrb_per_time",
            "vqs_hcrb": vqs_h, "ghz_hcrb": ghz_h, "estimate_hcrb": 0.5, "estimate_qcrb": 0.39, "vqs_qcrb": vqs_q,
            "ghz_qcrb": 0.7, "optimum_qcrb": 0.39, "bound_qcrb": 0.2, "vqs_over_optimum": vqs_h / 0.5,
            "vqs_over_bound": vqs_q / 0.2, "short_of_optimum": False, "t_star_at_grid_edge": "", "vqs_t_star": 18.0,
            "ghz_t_star": 14.0, "optimum_t_star": 17.0, "paper_vqs": None, "paper_ghz": None}


@pytest.mark.parametrize("vqs_h, ghz_h, vqs_q, warning, gaps", [
    (0.57, 0.86, 0.40, None, (0.0, 0.0)),
    (0.90, 0.86, 0.40, "VQS HCRB above GHZ HCRB in 1 cell(s): multi AD g=0.1 N=2", (0.0, 0.0)),
    (0.39, 0.86, 0.40, "VQS HCRB below its QCRB (a bug) in 1 cell(s)", (0.0, 0.0)),
    (0.80, 0.86, 0.75, None, (0.0, 0.0)),  # VQS QCRB above GHZ QCRB is no bug in an HCRB cell: the HCRB is designed
    (0.57, 0.86, 0.40, None, (1e-6, 1e-7)),  # a bracket closed to the tolerance is certified
    (0.57, 0.86, 0.40, "the VQS HCRB's duality bracket is open (relative gap > 1e-06) in 1 cell(s): "
                       "multi AD g=0.1 N=2 (gap 0.0034)", (3.4e-3, 0.0)),
    (0.57, 0.86, 0.40, "the GHZ HCRB's duality bracket is open", (0.0, 2e-5)),
])
def test_hcrb_notes_warn_only_where_a_proven_inequality_fails(vqs_h, ghz_h, vqs_q, warning, gaps):
    from vqs.report.render import to_markdown

    config = parse(TableConfig, dict(TINY, tasks=["multi"]))
    md = to_markdown(config, [_multi_row(vqs_h, ghz_h, vqs_q, gaps)])
    assert "bound <= VQS QCRB <= VQS HCRB" in md
    assert f"| VQS | 2 | {vqs_h:.5g} (QCRB {vqs_q:.5g}) |" in md
    if warning is None:
        assert "WARNING" not in md
    else:
        assert md.count("WARNING") == 1 and warning in md
