"""One table cell: its run, its optimum and bound columns (``optimum.json``), its local-readout
rows (single task, :mod:`vqs.report.local_columns`), and its summary row.

:func:`run_cell` runs in a worker process (:mod:`vqs.report.executors`): its job is plain,
picklable data. A cell is *finished* when its run directory (:class:`~vqs.search.rundir.RunDir`)
holds ``result.json`` and ``optimum.json`` and, for a single-task cell of a table with
``local_columns``, ``local.json`` and ``local/result.json``; for a multi-task cell whose N is in
``ancilla_rows``, ``ancillas.json`` and ``ancillas/result.json`` (:mod:`vqs.report.ancilla_columns`).
"""

from __future__ import annotations

import csv
import io
import math
import os
import time
from importlib import resources
from pathlib import Path

from vqs.config import parse
from vqs.io import atomic_write_json
from vqs.names import Figure, Task
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.optimum.bounds import qcrb_lower_bound
from vqs.physics.optimum.certificate import optimal_over_time
from vqs.physics.optimum.multi_optimum import multi_optimum
from vqs.report import ancilla_columns, local_columns
from vqs.report.table_config import Cell, OptimumSettings, TableConfig, cell_config, task_figure
from vqs.search.pipeline import run
from vqs.search.rundir import RunDir

OPTIMALITY_TOLERANCE = 0.01
"""A single-task cell whose VQS QCRB is more than 1% above the certified optimum is flagged."""


def cell_dir(out: str | Path, cell: Cell) -> RunDir:
    return RunDir(Path(out) / "cells" / cell.name)


def paper_values() -> dict[tuple[str, str, int, float, str], float]:
    """The seed paper's Table 1, keyed by (task, probe, nodes, gamma, noise); probe VQS or GHZ."""
    text = resources.files("vqs").joinpath("data/table1_paper.csv").read_text()
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        for key, value in row.items():
            if not key.startswith("gamma"):
                continue
            g, noise = key[len("gamma"):].split("_", 1)
            out[(row["task"], row["probe"], int(row["nodes"]), float(g), noise)] = float(value)
    return out


def _figure_to_qcrb(value: float) -> float:
    return 1.0 / value if value > 0 else math.inf


def single_optimum(model, figure: str, grid, settings: OptimumSettings) -> dict:
    """The optimum column of a single-task cell (``optimum.json``): the see-saw certificate
    maximised over t with the table's ``optimum`` settings."""

    opt = optimal_over_time(model, grid, figure=figure, max_grid_points=settings.grid_points,
                            warm_refine=settings.warm_refine, time_xtol=settings.time_xtol,
                            starts=settings.starts, seed=settings.seed,
                            tol=settings.tol, max_iter=settings.max_iter)
    res = opt.result
    return {
        "kind": "certificate",
        "note": f"see-saw certificate, {settings.starts} starts (GHZ, |+>^N, seeded random; seed "
        f"{settings.seed}) on {opt.grid_times.size} grid times, maximised over t"
        + (" (t* refined from the best grid state)" if settings.warm_refine else ""),
        "qcrb": _figure_to_qcrb(opt.value),
        "value": opt.value,
        "qfi": opt.qfi,
        "t_star": opt.t_star,
        "at_boundary": bool(opt.at_boundary),
        "converged": bool(res.converged),
        "relative_spread": res.relative_spread,
        "start_values": list(res.start_values),
    }


def run_cell(job: dict) -> dict:
    """Run one cell to completion (GA run, optimum, bound, local-readout rows); ``job`` is plain data."""

    config = parse(TableConfig, job["table"])
    cell = Cell(**job["cell"])
    run_config = cell_config(config, cell)
    rundir = cell_dir(job["out"], cell)
    started = time.perf_counter()
    result = run(run_config, rundir.root, resume=rundir.config.exists())
    rundir.checkpoint.unlink(missing_ok=True)
    if not rundir.optimum.exists():
        write_optimum(config, cell, rundir, result)
    if local_columns.wanted(config, cell):
        local_columns.run_local_columns(config, cell, rundir)
    if ancilla_columns.wanted(config, cell):
        ancilla_columns.run_ancilla_columns(config, cell, rundir)
    return {"cell": job["cell"], "elapsed_s": time.perf_counter() - started}


def write_optimum(config: TableConfig, cell: Cell, rundir: RunDir, result) -> dict:
    """The cell's ``optimum.json`` from its finished run (``result``): the optimum column (single
    task: the see-saw certificate; multi task: the optimised estimate, if asked for) and the bound,
    each with its ``wall_time_s``; returns what was written."""

    run_config = cell_config(config, cell)
    model = run_config.model.build()
    grid = run_config.time_grid.times(model)
    t0 = time.perf_counter()
    if cell.task == Task.SINGLE:
        optimum = single_optimum(model, config.figure_of_merit, grid, config.optimum)
    elif config.multi_optimum_starts > 0:
        vqs_state = circuit_statevectors(rundir.read_circuit())[0]
        optimum = multi_optimum(model, task_figure(config, cell.task), result.ghz.t_star, grid,
                                config.multi_optimum_starts, config.optimum.seed,
                                config.multi_optimum_maxiter,
                                extra_starts=[(vqs_state, result.vqs.t_star)])
    else:
        optimum = {"kind": "none", "note": "no multi-task optimum requested", "qcrb": None, "t_star": None}
    optimum["wall_time_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    # the QCRB bound (channel extension, with the incompatibility-aware multi_bound for the multi task):
    # it bounds the HCRB too, since HCRB >= QCRB
    optimum["bound"] = {**qcrb_lower_bound(model, grid, config.figure_of_merit).to_dict(),
                        "wall_time_s": time.perf_counter() - t0}
    atomic_write_json(rundir.optimum, optimum)
    return optimum


def has_qfi_columns(rundir: RunDir) -> bool:
    """The cell's QFI row is complete (result.json and optimum.json)."""
    return rundir.result.exists() and rundir.optimum.exists()


def is_finished(config: TableConfig, cell: Cell, rundir: RunDir) -> bool:
    """Everything the cell should have is there (the local-readout rows included, where wanted)."""
    return has_qfi_columns(rundir) and (not local_columns.wanted(config, cell)
                                        or local_columns.has_local_columns(rundir)) \
        and (not ancilla_columns.wanted(config, cell) or ancilla_columns.has_ancilla_columns(rundir))


def _in_convention(score, value: float | None, per_time: bool) -> float | None:
    """A bound of a probe at its t* (result.json's qcrb or hcrb) in the table's time convention (times t*)."""
    if value is None:
        return None
    return float(value) * score.t_star if per_time else float(value)


def holevo_columns(result, optimum: dict) -> dict:
    """The multi task's HCRB columns (None elsewhere): VQS and GHZ HCRB at their t*, the estimate's HCRB
    and QCRB, each in the table's time convention (t* HCRB per unit time); and VQS's HCRB / QCRB. The relative
    duality gaps of the VQS and GHZ HCRBs (``vqs_hcrb_gap``, ``ghz_hcrb_gap``) are not CSV columns: the notes name
    any cell whose bracket is open."""
    keys = ("vqs_hcrb", "ghz_hcrb", "estimate_hcrb", "estimate_qcrb", "vqs_hcrb_over_qcrb", "vqs_hcrb_gap",
            "ghz_hcrb_gap")
    if result.task != Task.MULTI:
        return dict.fromkeys(keys)
    per_time = Figure(result.figure_of_merit).per_time
    holevo = optimum.get("objective") == "hcrb"
    return {"vqs_hcrb": _in_convention(result.vqs, result.vqs.hcrb_attainable, per_time),
            "ghz_hcrb": _in_convention(result.ghz, result.ghz.hcrb_attainable, per_time),
            "estimate_hcrb": optimum.get("hcrb") if holevo else None,
            "estimate_qcrb": optimum.get("qcrb"), "vqs_hcrb_over_qcrb": result.vqs.hcrb_over_qcrb,
            "vqs_hcrb_gap": result.vqs.hcrb_duality_gap or 0.0, "ghz_hcrb_gap": result.ghz.hcrb_duality_gap or 0.0}


def cell_row(config: TableConfig, cell: Cell, out: Path, paper: dict) -> dict | None:
    """The summary row of a finished cell (None when unfinished)."""
    rundir = cell_dir(out, cell)
    if not has_qfi_columns(rundir):
        return None
    result = rundir.read_result()
    optimum = rundir.read_optimum()
    root = rundir.root
    figure = Figure(result.figure_of_merit)
    if figure.holevo:  # 1/best is the HCRB (the holevo columns): the QCRB at each probe's t*
        vqs_q = _in_convention(result.vqs, result.vqs.qcrb, figure.per_time)
        ghz_q = _in_convention(result.ghz, result.ghz.qcrb, figure.per_time)
    else:
        vqs_q, ghz_q = _figure_to_qcrb(result.vqs.best), _figure_to_qcrb(result.ghz.best)
    holevo = holevo_columns(result, optimum)
    opt_q = optimum.get("qcrb")
    opt_q = None if opt_q is None else float(opt_q)
    # VQS / estimate compares the figure the cell optimised: the HCRB where the estimate is an HCRB one
    mine, ref = (holevo["vqs_hcrb"], holevo["estimate_hcrb"]) if holevo["estimate_hcrb"] else (vqs_q, opt_q)
    ratio = mine / ref if ref and math.isfinite(ref) and ref > 0 else None
    bound_q = optimum.get("bound", {}).get("qcrb")
    edge = [name for name, flag in (("VQS", result.vqs.t_star_at_grid_edge),
                                    ("GHZ", result.ghz.t_star_at_grid_edge),
                                    ("optimum", optimum.get("at_boundary"))) if flag]
    p_vqs = paper.get((cell.task, "VQS", cell.nodes, cell.gamma, cell.noise))
    p_ghz = paper.get((cell.task, "GHZ", cell.nodes, cell.gamma, cell.noise))
    summary_dir = Path(str(out).rstrip("/")).parent
    try:
        run_dir = os.path.relpath(root, summary_dir)
    except ValueError:
        run_dir = str(root)
    return {
        "task": cell.task, "noise": cell.noise, "gamma": cell.gamma, "nodes": cell.nodes,
        "operating_point": ";".join(f"{v:g}" for v in result.operating_point),
        "figure_of_merit": result.figure_of_merit,
        "ghz_qcrb": ghz_q, "vqs_qcrb": vqs_q, "optimum_qcrb": opt_q, **holevo,
        "bound_qcrb": bound_q, "vqs_over_bound": vqs_q / bound_q if bound_q else None,
        "t_star_at_grid_edge": ";".join(edge),
        "vqs_t_star": result.vqs.t_star, "ghz_t_star": result.ghz.t_star,
        "optimum_t_star": optimum.get("t_star"), "optimum_kind": optimum.get("kind"),
        "vqs_over_optimum": ratio,
        "short_of_optimum": bool(cell.task == Task.SINGLE and ratio is not None
                                 and ratio > 1 + OPTIMALITY_TOLERANCE),
        "vqs_over_paper": vqs_q / p_vqs if p_vqs else None,
        "ghz_over_paper": ghz_q / p_ghz if p_ghz else None,
        "paper_vqs": p_vqs, "paper_ghz": p_ghz,
        "vqs_n_genes": result.vqs.n_genes, "wall_time_s": result.wall_time_s,
        "optimum_wall_time_s": optimum.get("wall_time_s"),
        **local_columns.local_row(config, cell, rundir),
        **ancilla_columns.anc_row(config, cell, rundir, bound_q),
        "run_dir": run_dir,
    }


