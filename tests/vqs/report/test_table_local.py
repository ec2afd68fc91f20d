"""vqs table's local-readout rows (single task): computed with a cell, added by --resume to a cell
finished without them, rendered in the CSV, Markdown and LaTeX summaries."""

import csv
import json
import os
import shutil

import pytest
import yaml

from vqs.cli import main
from vqs.config import parse
from vqs.errors import VqsError
from vqs.report.local_columns import LOCAL_COLUMNS
from vqs.report.render import CSV_COLUMNS
from vqs.report.table_config import TableConfig, cell_config, cells_of, load_table_config

LOCAL = {
    "name": "local", "seed": 1, "tasks": ["single"], "noises": ["dephasing"], "gammas": [0.1], "nodes": [2],
    "figure_of_merit": "per_time",
    "run": {"time_grid": {"points": 6},
            "ga": {"population": 6, "generations": 2, "max_genes": 6, "initial_genes": [1, 3], "local_steps": 4},
            "refine": {"top_k": 1, "steps": 5}},
    "optimum": {"starts": 2, "max_iter": 50},
}
CELL = "single_dephasing_g0.1_n2"


def _write(path, raw):
    path.write_text(yaml.safe_dump(raw))
    return path


def _rows(csv_path):
    with open(csv_path) as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        return list(reader)


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    """A table finished without the local rows (local_columns: false), then resumed with them."""
    root = tmp_path_factory.mktemp("table")
    out = root / "t"
    plain = _write(root / "plain.yaml", dict(LOCAL, local_columns=False))
    assert main(["table", str(plain), "--out", str(out)]) == 0
    cell = out / "cells" / CELL
    assert not (cell / "local.json").exists() and not (cell / "local").exists()
    before = _rows(root / "t.csv")[0]
    stamp = {f: os.stat(cell / f).st_mtime_ns for f in ("result.json", "optimum.json", "circuit.json")}
    cfg = _write(root / "local.yaml", LOCAL)
    assert main(["table", str(cfg), "--out", str(out), "--resume"]) == 0
    return {"root": root, "out": out, "cell": cell, "before": before, "stamp": stamp, "config": cfg}


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_resume_adds_the_local_rows_and_keeps_the_qfi_row(table):
    cell = table["cell"]
    for f, t in table["stamp"].items():
        assert os.stat(cell / f).st_mtime_ns == t, f"{f} was recomputed"
    assert (cell / "local.json").exists() and (cell / "local" / "result.json").exists()
    assert not (cell / "local" / "checkpoint.json").exists()
    assert all(table["before"][c] == "" for c in LOCAL_COLUMNS)
    row = _rows(table["root"] / "t.csv")[0]
    assert ({k: v for k, v in row.items() if k not in LOCAL_COLUMNS}
            == {k: v for k, v in table["before"].items() if k not in LOCAL_COLUMNS})
    vqs, ghz, bound = float(row["vqs_qcrb"]), float(row["ghz_qcrb"]), float(row["bound_qcrb"])
    vqs_local, ghz_local = float(row["vqs_local_qcrb"]), float(row["ghz_local_qcrb"])
    design = float(row["local_design_qcrb"])
    # C <= F at every t: a probe's local QCRB is never below its QFI QCRB; nothing beats the proven bound
    assert vqs_local >= vqs * (1 - 1e-9) and design >= bound * (1 - 1e-9)
    assert design <= ghz_local * (1 + 1e-9)  # GHZ competes in the design run
    # GHZ under dephasing reaches its QFI with a local readout (docs/measurement.md)
    assert ghz_local == pytest.approx(ghz, rel=1e-8)
    assert row["local_readout_singular"] == ""
    local = json.loads((cell / "local.json").read_text())
    assert local["figure_of_merit"] == "local_cfi_per_time"
    assert vqs_local == pytest.approx(1 / local["vqs"]["best"], rel=1e-12)
    assert local["vqs"]["qfi"] >= local["vqs"]["cfi"]
    design_run = json.loads((cell / "local" / "result.json").read_text())
    assert design == pytest.approx(1 / design_run["vqs"]["best"], rel=1e-12)
    assert design_run["figure_of_merit"] == "local_cfi_per_time" and design_run["name"] == CELL + "_local"
    assert float(row["local_design_t_star"]) == design_run["vqs"]["t_star"]


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_finished_table_is_not_recomputed(table, capsys):
    cell = table["cell"]
    stamp = {f: os.stat(f).st_mtime_ns for f in (cell / "local.json", cell / "local" / "result.json")}
    assert main(["table", str(table["config"]), "--out", str(table["out"]), "--resume"]) == 0
    assert "1 of 1 cells already finished" in capsys.readouterr().out
    for f, t in stamp.items():
        assert os.stat(f).st_mtime_ns == t


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_summaries_show_the_local_rows(table):
    md = (table["root"] / "t.md").read_text()
    tex = (table["root"] / "t.tex").read_text()
    row = _rows(table["root"] / "t.csv")[0]
    for probe, key in (("VQS, local", "vqs_local_qcrb"), ("GHZ, local", "ghz_local_qcrb"),
                       ("design, local", "local_design_qcrb")):
        q = float(row[key])
        assert f"| {probe} | 2 | {q:.5g} [x{q / float(row['vqs_qcrb']):.3g}] |" in md
    assert "Local readout (single task" in md and "QCRB = min_t t/C(t)" in md and "WARNING" not in md
    assert "VQS loc." in tex and f"{float(row['local_design_qcrb']):.4g}" in tex


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_a_cell_without_the_local_rows_keeps_its_qfi_row(table, tmp_path):
    out = tmp_path / "copy"
    shutil.copytree(table["out"], out)
    shutil.rmtree(out / "cells" / CELL / "local")
    from vqs.report.table import write_summaries

    rows = write_summaries(load_table_config(table["config"]), out)
    assert rows[0]["local_design_qcrb"] is None and rows[0]["vqs_local_qcrb"] is not None
    assert "not computed yet in 1 single-task cell" in (tmp_path / "copy.md").read_text()


def test_local_cell_config_and_table_figure():
    config = parse(TableConfig, LOCAL)
    cell = cells_of(config)[0]
    qfi, local = cell_config(config, cell), cell_config(config, cell, local=True)
    assert local.figure_of_merit == "local_cfi_per_time" and qfi.figure_of_merit == "per_time"
    assert local.ga == qfi.ga and local.refine == qfi.refine and local.model == qfi.model
    with pytest.raises(VqsError, match="per_shot or per_time"):
        parse(TableConfig, dict(LOCAL, figure_of_merit="local_cfi_per_time"))


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_local_rows_of_a_probe_longer_than_the_search_genomes(table, tmp_path):
    """A layered refinement start (refine.layered_starts) can win with more genes than ga.max_genes; its
    local-readout row is still computed (the kernel gets the probe's own gene count)."""
    from ansatz import Circuit, identity_layers
    from vqs.report.local_columns import run_local_columns
    from vqs.search.rundir import RunDir

    out = tmp_path / "copy"
    shutil.copytree(table["out"], out)
    cell = out / "cells" / CELL
    long = Circuit(2, identity_layers(2, 4), "ghz")
    assert len(long.genes) > LOCAL["run"]["ga"]["max_genes"]
    (cell / "circuit.json").write_text(long.to_json())
    (cell / "local.json").unlink()
    config = load_table_config(table["config"])
    run_local_columns(config, cells_of(config)[0], RunDir(cell))
    assert json.loads((cell / "local.json").read_text())["vqs"]["n_genes"] == len(long.genes)
