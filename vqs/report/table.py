"""``vqs table``: the seed paper's Table 1 (QCRB per task, probe, N, gamma and noise) under one model.

A table config (:class:`~vqs.report.table_config.TableConfig`) lists tasks, noises, gammas and
node counts; every combination is a *cell*. A cell is one full ``vqs run`` (GA + refinement, GHZ
scored under exactly the same model) into ``<out>/cells/<task>_<noise>_g<gamma>_n<N>/``, plus the
*optimum* column (:mod:`vqs.report.cells`):

* single task: the see-saw certificate of :mod:`vqs.physics.optimum.certificate` (best QFI over all N-qubit
  input states), maximised over the sensing time with the same figure of merit;
* multi task: no certificate exists; :func:`vqs.physics.optimum.multi_optimum.multi_optimum`, the best of
  ``multi_optimum_starts`` L-BFGS optimisations over input states and the sensing time: an upper
  bound *estimate* on the best probe, not a certificate.

Single-task cells also get the local-readout rows (:mod:`vqs.report.local_columns`; table key
``local_columns``). Re-running into the same ``--out`` with ``--resume`` skips finished cells,
resumes unfinished runs from their checkpoints and adds the local-readout rows to cells finished
without them; the summary files ``<out>.csv``, ``<out>.md``, ``<out>.tex``
(siblings of the ``--out`` folder, :mod:`vqs.report.render`) and ``<out>/table.json`` are
rewritten from all finished cells.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from vqs.errors import VqsError
from vqs.io import LOCK_NAME, DirLock, atomic_write_json, atomic_write_text
from vqs.physics.optimum.continuity import require_continuous
from vqs.report import ancilla_columns
from vqs.report.cells import cell_dir, cell_row, is_finished, paper_values, run_cell
from vqs.report.executors import check_executor, run_jobs
from vqs.report.render import to_csv, to_latex, to_markdown
from vqs.report.table_config import Cell, TableConfig, anc_config, cell_config, cells_of
from vqs.search.resume import config_changes

TABLE_FILE = "table.yaml"


def summary_paths(out: str | Path) -> dict[str, Path]:
    base = str(out).rstrip("/")
    return {ext: Path(f"{base}.{ext}") for ext in ("csv", "md", "tex")}


def write_summaries(config: TableConfig, out: Path, wall_time_s: float | None = None) -> list[dict]:
    paper = paper_values()
    rows = [r for r in (cell_row(config, c, out, paper) for c in cells_of(config)) if r is not None]
    paths = summary_paths(out)
    atomic_write_text(paths["csv"], to_csv(rows))
    atomic_write_text(paths["md"], to_markdown(config, rows, wall_time_s))
    atomic_write_text(paths["tex"], to_latex(config, rows))
    atomic_write_json(Path(out) / "table.json", {"config": config.model_dump(mode="json"), "rows": rows,
                                                 "wall_time_s": wall_time_s})
    return rows


def check_operating_points(config: TableConfig) -> None:
    """Refuse the table (VqsError, nothing written) if the QFI of any cell is discontinuous at its
    operating point (:func:`vqs.physics.optimum.continuity.require_continuous`)."""

    for cell in cells_of(config):
        run_config = cell_config(config, cell)
        model = run_config.model.build()
        try:
            require_continuous(model, run_config.time_grid.times(model), key=f"operating_point_over_gamma.{cell.task}")
        except VqsError as err:
            raise VqsError(f"cell {cell.name}: {err}") from None


def prepare_table_dir(config: TableConfig, out: Path, resume: bool) -> DirLock:
    """Lock the table directory (:class:`vqs.io.DirLock`: a second table on it is refused at once),
    check it and write its table.yaml; returns the lock, which the caller releases. On a refusal
    nothing is left behind."""
    out = Path(out)
    lock = DirLock(out, "table").acquire()
    try:
        if (out / TABLE_FILE).exists() and not resume:
            raise VqsError(f"{out} already holds a table: pass --resume to continue it, or choose another --out")
        if not (out / TABLE_FILE).exists() and any(p.name != LOCK_NAME for p in out.iterdir()):
            raise VqsError(f"{out} exists and is not a table directory (no {TABLE_FILE}); choose another --out")
        require_same_cells(config, out)
        atomic_write_text(out / TABLE_FILE, config.to_yaml())
    except BaseException:
        lock.release(discard=True)
        raise
    return lock


def require_same_cells(config: TableConfig, out: Path) -> None:
    """Refuse (VqsError, one line) a table whose ``out`` holds cells run with another config: a finished
    cell is reused as it is, so a changed table config (a new figure, budget or model) must never meet
    cells of the old one. ``ga.workers`` may differ (it does not change the numbers)."""
    stale = []
    for cell in cells_of(config):
        runs = [(cell_dir(out, cell), cell_config(config, cell))]
        if ancilla_columns.wanted(config, cell):
            runs.append((ancilla_columns.anc_rundir(runs[0][0]), anc_config(config, cell)))
        for rundir, wanted in runs:
            if rundir.config.exists():
                try:
                    changes = config_changes(rundir.read_config(), wanted)
                except VqsError:
                    changes = [f"unreadable {rundir.CONFIG}"]
                if changes:
                    stale.append(f"{rundir.root.relative_to(out)} ({', '.join(changes[:3])}"
                                 f"{', ...' if len(changes) > 3 else ''})")
    if stale:
        raise VqsError(f"{out} holds {len(stale)} cell run(s) made with another config, e.g. {stale[0]}: remove "
                       f"them (their folders under {out}/cells) or choose another --out")


def run_table(
    config: TableConfig,
    out: str | Path,
    *,
    resume: bool = False,
    executor: str = "local",
    workers: int = 2,
    address: str | None = None,
    progress: Callable[[str], None] | None = print,
) -> list[dict]:
    """Run every unfinished cell through the executor, then write the summaries; returns the rows."""

    out = Path(out)
    started = time.perf_counter()
    check_executor(executor, workers, address)  # Ray missing, bad --workers: refused before any write
    check_operating_points(config)
    lock = prepare_table_dir(config, out, resume)
    try:
        return _run_cells(config, out, started, executor, workers, address, progress)
    finally:
        lock.release()


def _run_cells(config: TableConfig, out: Path, started: float, executor: str, workers: int,
               address: str | None, progress: Callable[[str], None] | None) -> list[dict]:
    todo, done = [], 0
    for cell in cells_of(config):
        if is_finished(config, cell, cell_dir(out, cell)):
            done += 1
            continue
        todo.append({"table": config.model_dump(mode="json"), "cell": cell.__dict__, "out": str(out)})
    total = len(todo) + done
    if progress and done:
        progress(f"{done} of {total} cells already finished in {out}; running {len(todo)}")
    paper = paper_values()

    def on_done(job_result: dict) -> None:
        nonlocal done
        done += 1
        cell = Cell(**job_result["cell"])
        row = cell_row(config, cell, out, paper)
        if progress and row:
            opt = f", VQS/opt {row['vqs_over_optimum']:.4f}" if row["vqs_over_optimum"] else ""
            local = f", local: VQS {row['vqs_local_qcrb']:.6g} design {row['local_design_qcrb']:.6g}" \
                if row["local_design_qcrb"] is not None and row["vqs_local_qcrb"] is not None else ""
            hcrb = f"  HCRB: VQS {row['vqs_hcrb']:.6g} GHZ {row['ghz_hcrb']:.6g}" if row.get("estimate_hcrb") else ""
            progress(f"[{done}/{total}] {cell.name}: VQS {row['vqs_qcrb']:.6g}  GHZ {row['ghz_qcrb']:.6g}{hcrb}"
                     f"{opt}{local}  "
                     f"({job_result['elapsed_s']:.1f} s, total {time.perf_counter() - started:.0f} s)")
        write_summaries(config, out)

    run_jobs(run_cell, todo, executor=executor, workers=workers, address=address, on_done=on_done)
    return write_summaries(config, out, time.perf_counter() - started)
