"""vqs table: a 2-cell table end to end (local executor and Ray), resume, outputs, config errors."""

import csv
import json
import math
import os

import pytest
import yaml

from vqs.cli import main
from vqs.config import parse
from vqs.errors import VqsError
from vqs.report.cells import paper_values
from vqs.report.render import CSV_COLUMNS
from vqs.report.table_config import TableConfig, cell_config, cells_of, load_table_config

SMOKE = {
    "name": "smoke",
    "seed": 1,
    "tasks": ["single", "multi"],
    "noises": ["dephasing"],
    "gammas": [0.1],
    "nodes": [2],
    "figure_of_merit": "per_time",
    "run": {
        "time_grid": {"points": 6},
        "ga": {"population": 6, "generations": 2, "max_genes": 6, "initial_genes": [1, 3]},
        "refine": {"top_k": 1, "steps": 5},
    },
    "optimum": {"starts": 2, "max_iter": 50},
    "multi_optimum_starts": 2,
    "multi_optimum_maxiter": 30,
    "local_columns": False,  # the local-readout rows: tests/vqs/report/test_table_local.py
}


def _write(path, raw):
    path.write_text(yaml.safe_dump(raw))
    return path


def _numbers(csv_path):
    rows = list(csv.DictReader(open(csv_path)))
    return [{k: v for k, v in r.items() if k != "run_dir"} for r in rows]


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    """A killed table (1 finished cell) resumed to the 2-cell table through the local executor."""
    root = tmp_path_factory.mktemp("table")
    one = dict(SMOKE, tasks=["single"])
    out = root / "t"
    assert main(["table", str(_write(root / "one.yaml", one)), "--out", str(out), "--workers", "2"]) == 0
    cell = out / "cells" / "single_dephasing_g0.1_n2"
    stamp = {f: os.stat(cell / f).st_mtime_ns for f in ("result.json", "optimum.json", "circuit.json")}
    cfg = _write(root / "two.yaml", SMOKE)
    # without --resume an existing table directory is refused
    assert main(["table", str(cfg), "--out", str(out)]) == 2
    assert main(["table", str(cfg), "--out", str(out), "--workers", "2", "--resume"]) == 0
    return {"root": root, "out": out, "config": cfg, "cell": cell, "stamp": stamp}


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_resume_reuses_the_finished_cell(smoke):
    cell = smoke["cell"]
    for f, t in smoke["stamp"].items():
        assert os.stat(cell / f).st_mtime_ns == t, f"{f} was recomputed"
    assert not (cell / "checkpoint.json").exists()
    assert (smoke["out"] / "cells" / "multi_dephasing_g0.1_n2" / "result.json").exists()


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_csv_md_tex(smoke):
    out = smoke["out"]
    csv_path = out.parent / "t.csv"
    with open(csv_path) as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        rows = list(reader)
    expected = [("single", "dephasing", "2"), ("multi", "dephasing", "2")]
    assert [(r["task"], r["noise"], r["nodes"]) for r in rows] == expected
    paper = paper_values()
    for r in rows:
        ghz, vqs, opt = float(r["ghz_qcrb"]), float(r["vqs_qcrb"]), float(r["optimum_qcrb"])
        assert 0 < vqs <= ghz * (1 + 1e-12)
        assert math.isfinite(opt) and opt > 0
        assert float(r["paper_vqs"]) == paper[(r["task"], "VQS", 2, 0.1, "dephasing")]
        assert float(r["paper_ghz"]) == paper[(r["task"], "GHZ", 2, 0.1, "dephasing")]
        run_dir = csv_path.parent / r["run_dir"]
        assert (run_dir / "result.json").exists() and (run_dir / "circuit.json").exists()
        result = json.loads((run_dir / "result.json").read_text())
        assert float(r["vqs_qcrb"]) == pytest.approx(1 / result["vqs"]["best"], rel=1e-12)
        assert float(r["vqs_t_star"]) == result["vqs"]["t_star"]
        # the operating point round trip: table config (gamma/10) -> result.json -> CSV
        assert result["operating_point"] == pytest.approx([0.01] * (1 if r["task"] == "single" else 3), rel=1e-12)
        assert r["operating_point"] == ";".join(f"{v:g}" for v in result["operating_point"])
        assert result["operating_point_check"]["continuous"] is True
        # the proven bound lies below every probe
        assert 0 < float(r["bound_qcrb"]) <= vqs * (1 + 1e-9)
        assert float(r["vqs_over_bound"]) == pytest.approx(vqs / float(r["bound_qcrb"]), rel=1e-12)
    single = rows[0]
    # bound <= see-saw optimum <= VQS (in QCRB)
    assert float(single["bound_qcrb"]) <= float(single["optimum_qcrb"]) * (1 + 1e-9)
    assert float(single["optimum_qcrb"]) <= float(single["vqs_qcrb"]) * (1 + 1e-6)
    md = (out.parent / "t.md").read_text()
    tex = (out.parent / "t.tex").read_text()
    for row in rows:
        assert f"{float(row['vqs_qcrb']):.5g}" in md
        assert f"{float(row['ghz_qcrb']):.4g}" in tex
    assert "not a bound" in md and "Operating point of every cell" in md
    assert md.startswith("# smoke: QCRB")  # the table's own name (only table1 is the paper's Table 1)
    assert "| bound | 2 |" in md and "| estimate | 2 |" in md
    assert r"\begin{tabular}" in tex and r"\end{tabular}" in tex
    # the resumed command's wall time stands beside the cells' own compute (what the table cost)
    cells = json.loads((out / "table.json").read_text())["rows"]
    compute = sum(r["wall_time_s"] + r["optimum_wall_time_s"] for r in cells)
    assert f"the cells' own compute (each cell's run and optimum, summed over 2 cells): {compute / 60:.1f} min" in md


@pytest.mark.slow  # 155 s on 2 cores (Ray's start-up and a cell in a Ray worker); run with -m slow
def test_ray_gives_the_same_numbers(smoke, tmp_path):
    pytest.importorskip("ray")
    out = tmp_path / "r"
    assert main(["table", str(smoke["config"]), "--out", str(out), "--executor", "ray", "--workers", "2"]) == 0
    assert _numbers(tmp_path / "r.csv") == _numbers(smoke["out"].parent / "t.csv")


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_plots(smoke, tmp_path, capsys):
    out = smoke["out"]
    for kind in ("qfi-vs-time", "best-vs-n", "qcrb-vs-n", "circuit", "wigner"):
        nodes = [] if kind in ("best-vs-n", "qcrb-vs-n") else ["--nodes", "2"]  # those plot every N
        assert main(["plot", str(out), "--kind", kind, *nodes, "--out", str(tmp_path)]) == 0
    pngs, pdfs = sorted(tmp_path.glob("*.png")), sorted(tmp_path.glob("*.pdf"))
    assert len(pngs) == 5 and len(pdfs) == 5
    for p in pngs:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for p in pdfs:
        assert p.read_bytes()[:5] == b"%PDF-" and p.stat().st_size > 1000
    assert "weight outside the symmetric subspace" in capsys.readouterr().out
    assert main(["plot", str(out), "--kind", "circuit", "--nodes", "7"]) == 2
    assert main(["plot", str(tmp_path), "--kind", "circuit"]) == 2
    assert main(["plot", str(out), "--kind", "best-vs-n", "--nodes", "2"]) == 2  # refused, not ignored


@pytest.mark.parametrize(
    "change, message",
    [
        ({"noises": ["fog"]}, "unknown noise"),
        ({"gammas": [-0.1]}, "gamma"),
        ({"nodes": [0]}, "nodes"),
        ({"tasks": ["triple"]}, "tasks"),
        ({"colour": 1}, "colour"),
        ({"run": {"ga": {"population": 1}}}, "population"),
        ({"run": {"model": {"n_qubits": 2}}}, "model"),
        ({"run_by_nodes": {3: {"ga": {"population": 8}}}}, "not in nodes"),
        ({"run_by_nodes": {2: {"ga": {"elite": 50}}}}, "elite"),
        ({"run_by_noise": {"fog": {2: {"ga": {"init": "zero"}}}}}, "unknown noise"),
        ({"run_by_noise": {"bit_flip": {2: {"ga": {"init": "zero"}}}}}, "not in noises"),
        ({"run_by_noise": {"dephasing": {3: {"ga": {"init": "zero"}}}}}, "not in nodes"),
        ({"run_by_noise": {"dephasing": {2: {"ga": {"init": "sideways"}}}}}, "init"),
        ({"figure_of_merit": "per_day"}, "figure_of_merit"),
        ({"operating_point_over_gamma": {"multi": [0.1]}}, "operating_point_over_gamma"),
    ],
)
def test_bad_configs(tmp_path, change, message, capsys):
    raw = dict(SMOKE, **change)
    with pytest.raises(VqsError, match=message):
        load_table_config(_write(tmp_path / "bad.yaml", raw))
    assert main(["table", str(tmp_path / "bad.yaml"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "vqs table: error" in err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("noise, task, point", [("bit_flip", "single", [0.0]), ("dephasing", "multi", [0.0, 0.0, 0.1])])
def test_singular_operating_point_is_refused_before_anything_runs(tmp_path, capsys, noise, task, point):
    raw = dict(SMOKE, noises=[noise], tasks=[task], operating_point_over_gamma={task: point})
    assert main(["table", str(_write(tmp_path / "s.yaml", raw)), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "discontinuous" in err and f"operating_point_over_gamma.{task}" in err
    assert not (tmp_path / "o").exists()


def test_bad_arguments(tmp_path):
    cfg = _write(tmp_path / "c.yaml", SMOKE)
    assert main(["table", str(cfg), "--out", str(tmp_path / "o"), "--workers", "0"]) == 2
    assert main(["table", str(cfg), "--out", str(tmp_path / "o"), "--address", "x:1"]) == 2
    assert main(["table", str(tmp_path / "missing.yaml")]) == 2


@pytest.mark.parametrize("change, stale", [
    ({}, False),  # the same cell config: reused
    ({"run": dict(SMOKE["run"], ga=dict(SMOKE["run"]["ga"], workers=2))}, False),  # workers change no number
    ({"run": dict(SMOKE["run"], refine={"top_k": 1, "steps": 6})}, True),
    ({"multi_figure": "hcrb"}, True),
])
def test_cells_of_another_config_are_refused_before_anything_runs(tmp_path, capsys, change, stale):
    """A finished cell is reused as it is: --resume must never mix cells of an older table config."""
    from vqs.report.table import prepare_table_dir

    old = parse(TableConfig, dict(SMOKE, tasks=["multi"]))
    new = parse(TableConfig, dict(SMOKE, tasks=["multi"], **change))
    out = tmp_path / "t"
    prepare_table_dir(old, out, resume=False).release()
    cell = out / "cells" / cells_of(old)[0].name
    cell.mkdir(parents=True)
    (cell / "config.resolved.yaml").write_text(cell_config(old, cells_of(old)[0]).to_yaml())
    before = (out / "table.yaml").read_text()
    if not stale:
        prepare_table_dir(new, out, resume=True).release()
        return
    with pytest.raises(VqsError, match="1 cell run.s. made with another config, e.g. cells/multi_dephasing"):
        prepare_table_dir(new, out, resume=True)
    assert (out / "table.yaml").read_text() == before  # nothing written
    assert main(["table", str(_write(tmp_path / "new.yaml", dict(SMOKE, tasks=["multi"], **change))),
                 "--out", str(out), "--resume"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another config" in err


def test_shipped_config_covers_the_paper():
    config = load_table_config(os.path.join(os.path.dirname(__file__), "..", "..", "..", "configs", "table1.yaml"))
    cells = cells_of(config)
    assert len(cells) == 48
    paper = paper_values()
    for c in cells:
        assert (c.task, "VQS", c.nodes, c.gamma, c.noise) in paper
        assert (c.task, "GHZ", c.nodes, c.gamma, c.noise) in paper
        rc = cell_config(config, c)
        assert rc.model.n_qubits == c.nodes
        # one rule: the single task takes figure_of_merit, the multi task its HCRB version
        assert rc.figure_of_merit == ("hcrb_per_time" if c.task == "multi" else config.figure_of_merit)


def test_run_by_nodes_rule():
    raw = dict(SMOKE, nodes=[2, 3], run_by_nodes={3: {"ga": {"population": 10}}})
    config = parse(TableConfig, raw)
    by_n = {c.nodes: cell_config(config, c) for c in cells_of(config) if c.task == "single"}
    assert by_n[2].ga.population == 6 and by_n[3].ga.population == 10
    assert by_n[3].ga.generations == 2  # the rest of the section is kept


def test_run_by_noise_rule_is_merged_after_the_rule_by_n():
    raw = dict(SMOKE, nodes=[2, 3], noises=["dephasing", "amplitude_damping"],
               run_by_nodes={3: {"ga": {"population": 10}}},
               run_by_noise={"dephasing": {3: {"ga": {"init": "zero", "elite": 3}}}})
    config = parse(TableConfig, raw)
    got = {(c.noise, c.nodes): cell_config(config, c).ga for c in cells_of(config) if c.task == "single"}
    assert {k for k in got if got[k].init == "zero"} == {("dephasing", 3)}
    assert got[("dephasing", 3)].population == 10 and got[("dephasing", 3)].elite == 3  # both rules apply
    assert got[("amplitude_damping", 3)].population == 10  # the rule by N alone
    assert len(got) == 4 and all(ga.elite == got[("dephasing", 2)].elite != 3 for k, ga in got.items()
                                 if k != ("dephasing", 3))


def test_cells_the_paper_lacks_show_ours_alone():
    from vqs.report.render import _md_cell, _tex_cell

    row = {"vqs_qcrb": 0.025, "ghz_qcrb": 0.03, "short_of_optimum": False, "paper_vqs": None, "paper_ghz": None,
           "vqs_over_paper": None, "ghz_over_paper": None}
    assert (_md_cell(row, "VQS"), _md_cell(row, "GHZ"), _tex_cell(row, "GHZ")) == ("0.025", "0.03", "0.03")
    row.update(paper_vqs=0.02, vqs_over_paper=1.25)
    assert _md_cell(row, "VQS") == "0.025 [0.02, 1.25]" and _tex_cell(row, "VQS") == "0.025 (0.02)"
