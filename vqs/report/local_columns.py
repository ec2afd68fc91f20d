"""The local-readout rows of a single-task table cell (issue 12, item 3; docs/table.md, docs/measurement.md).

What the network's nodes can reach when each measures its own qubit, beside the QFI rows:

* ``vqs_local_qcrb``: the cell's QFI-designed VQS probe (circuit.json, unchanged) with its best
  local readout, the readout *and* the sensing time re-optimised
  (:func:`vqs.physics.readout.local_readout.best_local_over_time`): 1 / max_t C(t) per shot, min_t t/C(t)
  per unit time. Stored in ``<cell>/local.json`` (the entry format of result.json's probes).
* ``ghz_local_qcrb``: GHZ with its best local readout, the same way (the GHZ baseline of the run below).
* ``local_design_qcrb``: a probe designed for local readout: a second ``vqs run`` of the cell with
  the same config and GA budget but the figure of merit ``local_cfi_*`` of the table's time
  convention, in ``<cell>/local/`` (a run directory; its checkpoint is deleted when done).

A single-task cell is finished when these exist too (``vqs table --resume`` adds them to cells
finished before); a cell without them still has its QFI row, with empty local columns.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from vqs.io import atomic_write_json, read_json
from vqs.names import Figure, Task
from vqs.physics.readout.local_readout import best_local_over_time
from vqs.report.table_config import Cell, TableConfig, cell_config
from vqs.search.pipeline import local_probe_score, run
from vqs.search.rundir import RunDir

LOCAL_DIR = "local"
LOCAL_FILE = "local.json"
LOCAL_COLUMNS = ("vqs_local_qcrb", "ghz_local_qcrb", "local_design_qcrb", "vqs_local_t_star", "local_design_t_star",
                 "local_design_n_genes", "local_readout_singular")


def wanted(config: TableConfig, cell: Cell) -> bool:
    """Does this cell get local-readout rows (single task, ``local_columns`` on)?"""
    return bool(config.local_columns) and cell.task == Task.SINGLE


def local_rundir(rundir: RunDir) -> RunDir:
    return RunDir(rundir.root / LOCAL_DIR)


def local_file(rundir: RunDir) -> Path:
    return rundir.root / LOCAL_FILE


def has_local_columns(rundir: RunDir) -> bool:
    return local_file(rundir).exists() and local_rundir(rundir).result.exists()


def run_local_columns(config: TableConfig, cell: Cell, rundir: RunDir) -> None:
    """Compute what a finished cell lacks of its local-readout rows (``local.json``, ``local/``)."""

    local_config = cell_config(config, cell, local=True)
    if not local_file(rundir).exists():
        t0 = time.perf_counter()
        model = local_config.model.build()
        grid = local_config.time_grid.times(model)
        circuit = rundir.read_circuit()
        probe, best = best_local_over_time(circuit, model, grid, local_config.figure_of_merit,
                                           max_genes=local_config.ga.gene_slots(circuit))
        score = local_probe_score(probe, best, model, len(circuit.genes))
        atomic_write_json(local_file(rundir), {
            "figure_of_merit": local_config.figure_of_merit,
            "note": "the cell's QFI-designed VQS probe (circuit.json) with its best local readout, readout and "
                    "sensing time re-optimised (vqs.physics.readout.local_readout.best_local_over_time)",
            "vqs": score.to_dict(),
            "wall_time_s": time.perf_counter() - t0,
        })
    local = local_rundir(rundir)
    if not local.result.exists() or local.checkpoint.exists():
        run(local_config, local.root, resume=local.config.exists())
        local.checkpoint.unlink(missing_ok=True)


def _qcrb(value) -> float | None:
    if value is None:
        return None
    return 1.0 / value if value > 0 else math.inf


def local_row(config: TableConfig, cell: Cell, rundir: RunDir) -> dict:
    """The local-readout columns of a cell's summary row (None where not computed)."""
    row: dict = dict.fromkeys(LOCAL_COLUMNS)
    if not wanted(config, cell):
        return row
    singular = []
    row["local_wall_time_s"] = 0.0  # the local-readout compute: not a CSV column, summed in the summary note
    if local_file(rundir).exists():
        local_json = read_json(local_file(rundir))
        vqs = local_json["vqs"]
        row["local_wall_time_s"] += float(local_json.get("wall_time_s") or 0.0)
        row["vqs_local_qcrb"], row["vqs_local_t_star"] = _qcrb(vqs["best"]), vqs["t_star"]
        if not vqs.get("readout_check", {}).get("continuous", True):
            singular.append("VQS")
    local = local_rundir(rundir)
    if local.result.exists():
        result = local.read_result()
        row["local_wall_time_s"] += float(result.wall_time_s or 0.0)
        row["ghz_local_qcrb"], row["local_design_qcrb"] = _qcrb(result.ghz.best), _qcrb(result.vqs.best)
        row["local_design_t_star"], row["local_design_n_genes"] = result.vqs.t_star, result.vqs.n_genes
        for name, probe in (("GHZ", result.ghz), ("design", result.vqs)):
            if not (probe.readout_check or {}).get("continuous", True):
                singular.append(name)
    row["local_readout_singular"] = ";".join(singular)
    return row


def figure_note(config: TableConfig) -> str:
    """One line: what the local rows' QCRB is, in the table's time convention."""
    per_time = Figure(config.figure_of_merit).per_time
    return ("QCRB = min_t t/C(t)" if per_time else "QCRB = 1/max_t C(t)") + \
        ", C the classical Fisher information of a local projective readout (one Bloch direction per node)"
