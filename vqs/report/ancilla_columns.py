"""The "VQS + N ancillas" rows of a multi-task table cell (issue 21, item 7; docs/table.md).

In the seed paper's network the base station holds qubits that are not exposed to the field or the
sensing noise; a probe entangled with them can beat every N-qubit probe (benchmarks/ancillas.py). For
the cells whose N is in the table's ``ancilla_rows``:

* ``vqs_anc_hcrb``, ``vqs_anc_qcrb``: a second ``vqs run`` of the cell with ``model.ancillas = N``
  (N noiseless ancillas, the last wires; the cell's config with the table's ``ancilla_run`` rule merged
  over it; :func:`vqs.report.table_config.anc_config`), in ``<cell>/ancillas/``: its VQS HCRB and the QCRB of
  the same probe at the same t*, in the table's time convention.
* ``estimate_anc_hcrb`` (and its QCRB ``estimate_anc_qcrb``): the multi-task estimate
  (:func:`vqs.physics.optimum.multi_optimum.multi_optimum`, the table's starts) over every
  2N-qubit input state, started also from the ancilla run's VQS probe and from the cell's own VQS
  probe with its ancillas in |0...0> (the same HCRB: a fixed pure factor changes nothing), so the
  estimate is never above either. Stored in ``<cell>/ancillas.json``. Not a bound.
* ``vqs_anc_over_estimate``, ``vqs_anc_over_bound``: the ancilla VQS HCRB over the estimate, and
  its QCRB over the cell's bound (the bound covers ancilla-assisted probes: docs/certificate.md).

Such a cell is finished when both exist (``vqs table --resume`` adds them to cells finished before).
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from vqs.io import atomic_write_json, read_json
from vqs.names import Figure
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.optimum.multi_optimum import multi_optimum
from vqs.report.labels import cell_label, open_bracket_note
from vqs.report.table_config import Cell, TableConfig, anc_config, task_figure
from vqs.report.table_config import wants_ancillas as wanted
from vqs.search.pipeline import run
from vqs.search.rundir import RunDir

ANC_DIR = "ancillas"
ANC_FILE = "ancillas.json"
ANC_COLUMNS = ("vqs_anc_hcrb", "vqs_anc_qcrb", "estimate_anc_hcrb", "estimate_anc_qcrb", "vqs_anc_over_estimate",
               "vqs_anc_over_bound", "vqs_anc_t_star", "vqs_anc_n_genes")


def anc_rundir(rundir: RunDir) -> RunDir:
    return RunDir(rundir.root / ANC_DIR)


def anc_file(rundir: RunDir) -> Path:
    return rundir.root / ANC_FILE


def has_ancilla_columns(rundir: RunDir) -> bool:
    return anc_file(rundir).exists() and anc_rundir(rundir).result.exists()


def run_ancilla_columns(config: TableConfig, cell: Cell, rundir: RunDir) -> None:
    """Compute what a finished cell lacks of its ancilla rows (``ancillas/``, then ``ancillas.json``)."""
    anc_run = anc_config(config, cell)
    anc = anc_rundir(rundir)
    if not anc.result.exists() or anc.checkpoint.exists():
        run(anc_run, anc.root, resume=anc.config.exists())
        anc.checkpoint.unlink(missing_ok=True)
    if anc_file(rundir).exists():
        return
    t0 = time.perf_counter()
    model = anc_run.model.build()
    grid = anc_run.time_grid.times(model)
    result, own = anc.read_result(), rundir.read_result()
    padded = np.kron(circuit_statevectors(rundir.read_circuit())[0], np.eye(2 ** cell.nodes)[0])
    estimate = multi_optimum(model, task_figure(config, cell.task), result.ghz.t_star, grid,
                             config.multi_optimum_starts, config.optimum.seed, config.multi_optimum_maxiter,
                             extra_starts=[(circuit_statevectors(anc.read_circuit())[0], result.vqs.t_star),
                                           (padded, own.vqs.t_star)])
    atomic_write_json(anc_file(rundir), {
        "ancillas": cell.nodes,
        "estimate": estimate,
        "note": "ancilla-assisted estimate: the multi optimum over every (N + ancillas)-qubit input state, started "
                "also from the ancilla run's VQS probe and the cell's VQS probe with its ancillas in |0...0>",
        "wall_time_s": time.perf_counter() - t0,
    })


def _in_convention(score, value, per_time: bool) -> float | None:
    return None if value is None else float(value) * score.t_star if per_time else float(value)


def anc_row(config: TableConfig, cell: Cell, rundir: RunDir, bound_qcrb: float | None) -> dict:
    """The ancilla columns of a cell's summary row (None where not computed)."""
    row: dict = dict.fromkeys(ANC_COLUMNS)
    if not wanted(config, cell):
        return row
    row["anc_wall_time_s"] = 0.0  # the ancilla rows' compute: not a CSV column, summed in the summary note
    anc = anc_rundir(rundir)
    if anc.result.exists():
        result = anc.read_result()
        per_time = Figure(result.figure_of_merit).per_time
        row["anc_wall_time_s"] += float(result.wall_time_s or 0.0)
        row["anc_hcrb_gap"] = result.vqs.hcrb_duality_gap or 0.0  # not a CSV column: named in the notes
        row["vqs_anc_hcrb"] = _in_convention(result.vqs, result.vqs.hcrb_attainable, per_time)
        row["vqs_anc_qcrb"] = _in_convention(result.vqs, result.vqs.qcrb, per_time)
        row["vqs_anc_t_star"], row["vqs_anc_n_genes"] = result.vqs.t_star, result.vqs.n_genes
        if bound_qcrb:
            row["vqs_anc_over_bound"] = row["vqs_anc_qcrb"] / bound_qcrb
    if anc_file(rundir).exists():
        data = read_json(anc_file(rundir))
        row["anc_wall_time_s"] += float(data.get("wall_time_s") or 0.0)
        estimate = data["estimate"]
        row["estimate_anc_hcrb"], row["estimate_anc_qcrb"] = estimate.get("hcrb"), estimate.get("qcrb")
        if row["vqs_anc_hcrb"] is not None and row["estimate_anc_hcrb"]:
            row["vqs_anc_over_estimate"] = row["vqs_anc_hcrb"] / row["estimate_anc_hcrb"]
    return row


def anc_notes(rows: list[dict]) -> list[str]:
    """What the ancilla rows are, and any cell where they break what they must satisfy."""
    rows = [r for r in rows if r.get("vqs_anc_hcrb") is not None]
    if not rows:
        return []
    notes = ["'VQS + N anc': the cell designed again with N noiseless ancilla qubits at the base station "
             "(model.ancillas = N; not sensed, not noisy; the cell's config with the table's ancilla_run rule), "
             "HCRB with its QCRB beside it and "
             "[x R]: its QCRB over the bound, which covers ancilla-assisted probes. 'Est. + N anc': the estimate "
             "over every 2N-qubit input state (not a bound; docs/table.md)."]
    checks = (("ancilla VQS QCRB below the bound (a bug)",
               lambda r: r.get("bound_qcrb") and r["vqs_anc_qcrb"] < r["bound_qcrb"] * (1 - 1e-9)),
              ("ancilla VQS HCRB above the cell's VQS HCRB (the ancilla search missed the ancilla-free probe)",
               lambda r: r.get("vqs_hcrb") is not None and r["vqs_anc_hcrb"] > r["vqs_hcrb"] * (1 + 1e-9)))
    notes += open_bracket_note(rows, "anc_hcrb_gap", "the ancilla VQS HCRB's", cell_label)
    for what, bad in checks:
        hit = [r for r in rows if bad(r)]
        if hit:
            notes.append(f"WARNING: {what} in {len(hit)} cell(s): " + ", ".join(cell_label(r) for r in hit))
    return notes


def anc_cell(r: dict, probe: str, digits: int, ratio: bool) -> str:
    """A 'VQS + N anc' or 'Est. + N anc' cell of the multi block ('' where the cell has no such row)."""
    key = "vqs_anc" if probe == ANC_PROBES[0] else "estimate_anc"
    if r.get(f"{key}_hcrb") is None:
        return ""
    text = f"{_fmt(r[f'{key}_hcrb'], digits)} (QCRB {_fmt(r.get(f'{key}_qcrb'), digits)})"
    if ratio and key == "vqs_anc" and r.get("vqs_anc_over_bound"):
        text += f" [x{_fmt(r['vqs_anc_over_bound'], 3)}]"
    return text


ANC_PROBES = ("VQS + N anc", "Est. + N anc")


def _fmt(x, digits: int) -> str:
    return "" if x is None else f"{x:.{digits}g}"
