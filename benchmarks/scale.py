#!/usr/bin/env python
"""Scale: ``vqs run`` for N = 2..8 (single task, gamma = 0.1): wall time, evaluations, peak memory,
and the gap to the see-saw certificate at the same time grid and operating point.

Every run is the ``vqs table`` cell of ``configs/table_extended.yaml`` (one documented rule by N,
docs/scale.md) with ``ga.workers`` set to ``--workers`` from N = 6, run as ``python -m vqs run CONFIG --out
DIR`` in a subprocess whose progress lines (one per generation, with an ETA) go to this terminal.
Peak memory is sampled every 0.5 s as the summed RSS of the run's process tree (the run and its
worker processes). The certificate is the table's optimum column, written by the table's own
:func:`vqs.report.cells.write_optimum` (the see-saw with the table's ``optimum`` settings, then the
bound) and timed in this process (one BLAS thread).

The runs *are* the table's cells: they go to ``<out>/cells/<cell>/`` of the table directory
``--out`` (default ``results/table_extended``), so that

    vqs table configs/table_extended.yaml --out results/table_extended --resume --workers 2

takes every measured cell as finished (``ga.workers`` does not change the numbers, so a resume
accepts it) and runs only the cells not measured here. Rows accumulate in ``<out>/scale.json``
(one per noise and N, each with its command and date); a cell with a row is not run again, so a
long measurement is continued by running the same command again, and parts can be run separately;
``--output`` rewrites the ``## Scale`` section of that Markdown file from all rows.

    python benchmarks/scale.py --qubits 2,3 --noises dephasing --out runs/scale  # a part, elsewhere
    python benchmarks/scale.py --qubits 6 --output benchmarks/RESULTS.md       # N = 6, both noises, recorded
    python benchmarks/scale.py --output benchmarks/RESULTS.md                  # N = 2..8, both noises (~3 h)
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _sections import write_section  # benchmarks/_sections.py, beside this script

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: the certificate's eigh, one thread

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Scale"
TARGETS_S = {6: 10 * 60, 8: 45 * 60}
GAP_TARGET = 0.01


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--table", default=str(ROOT / "configs" / "table_extended.yaml"),
                   help="the table config whose cells are run (default configs/table_extended.yaml)")
    p.add_argument("--qubits", default="2,3,4,5,6,7,8", help="comma-separated N (default 2..8)")
    p.add_argument("--noises", default="dephasing,amplitude_damping", help="comma-separated noises")
    p.add_argument("--workers", type=int, default=2,
                   help="ga.workers of the runs from N = 6 (default 2); smaller N run in one process, as the "
                   "table's cells do (two processes only add start-up and compile time there)")
    p.add_argument("--out", default="results/table_extended",
                   help="the table directory: runs in cells/<cell>/, rows in scale.json "
                   "(default results/table_extended)")
    p.add_argument("--output", help="rewrite the '## Scale' section of this Markdown file from all rows")
    args = p.parse_args(argv)
    args.qubits = [int(x) for x in args.qubits.split(",") if x.strip()]
    args.noises = [x.strip() for x in args.noises.split(",") if x.strip()]
    if args.workers < 1:
        p.error("--workers must be >= 1")
    return args


# ------------------------------------------------------------------------------------------------
# memory of a process tree, from /proc (Linux)
# ------------------------------------------------------------------------------------------------
def _tree_rss(root: int) -> int:
    """Summed resident memory (bytes) of ``root`` and its descendants; 0 where /proc is missing."""
    parents, rss = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[int(entry.name)] = next((int(line.split()[1]) * 1024 for line in status.splitlines()
                                     if line.startswith("VmRSS:")), 0)
    tree, grew = {root}, True
    while grew:
        new = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        tree |= new
        grew = bool(new)
    return sum(rss.get(pid, 0) for pid in tree)


def run_measured(cmd: list[str]) -> tuple[float, int]:
    """Run ``cmd`` (stdout/stderr to this terminal); returns (wall seconds, peak tree RSS bytes)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.5)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{shlex.join(cmd)} failed with exit code {proc.returncode}")
    return wall, peak


# ------------------------------------------------------------------------------------------------
# one row: the run, then the certificate
# ------------------------------------------------------------------------------------------------
def measure(table, cell, args) -> dict:
    from vqs.report.cells import cell_dir, write_optimum
    from vqs.report.table_config import cell_config
    from vqs.search.schema import parse_config

    raw = cell_config(table, cell).model_dump(mode="json")
    raw["ga"]["workers"] = args.workers if cell.nodes >= 6 else raw["ga"]["workers"]
    config = parse_config(raw)
    rundir = cell_dir(args.out, cell)
    if rundir.root.exists():
        raise SystemExit(f"{rundir.root} exists without a row in scale.json: remove it to measure a fresh run")
    with tempfile.TemporaryDirectory() as tmp:
        cfg_path = Path(tmp) / f"{cell.name}.yaml"
        cfg_path.write_text(config.to_yaml())
        cmd = [sys.executable, "-m", "vqs", "run", str(cfg_path), "--out", str(rundir.root)]
        print(f"== {cell.name}: {shlex.join(cmd)}", flush=True)
        wall, peak = run_measured(cmd)
    rundir.checkpoint.unlink(missing_ok=True)  # as the table does for a finished cell
    result = rundir.read_result()
    optimum = write_optimum(table, cell, rundir, result)
    cert_s = optimum["wall_time_s"]
    noise, n = cell.noise, cell.nodes
    vqs_qcrb, opt_qcrb = 1.0 / result.vqs.best, optimum["qcrb"]
    row = {
        "noise": noise, "n": n, "workers": config.ga.workers, "wall_s": wall, "run_wall_time_s": result.wall_time_s,
        "generations": result.search["generations"], "population": config.ga.population,
        "evaluations": result.search["evaluations"], "peak_rss_bytes": peak,
        "vqs_qcrb": vqs_qcrb, "ghz_qcrb": 1.0 / result.ghz.best, "optimum_qcrb": opt_qcrb,
        "vqs_over_optimum": vqs_qcrb / opt_qcrb, "vqs_t_star": result.vqs.t_star, "optimum_t_star": optimum["t_star"],
        "optimum_converged": optimum["converged"], "certificate_s": cert_s,
        "date": f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "command": "python benchmarks/scale.py " + shlex.join(sys.argv[1:]),
    }
    print(f"== {cell.name}: vqs run {wall:.0f} s, {row['evaluations']} evaluations, peak RSS "
          f"{peak / 2**20:.0f} MiB; VQS/optimum {row['vqs_over_optimum']:.5f}; certificate {cert_s:.0f} s", flush=True)
    return row


# ------------------------------------------------------------------------------------------------
# records
# ------------------------------------------------------------------------------------------------
def load_rows(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def save_rows(path: Path, rows: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(rows, indent=1, sort_keys=True))
    os.replace(tmp, path)


def _verdict(row: dict) -> str:
    marks = []
    target = TARGETS_S.get(row["n"])
    if target is not None:
        marks.append(f"{'met' if row['wall_s'] <= target else 'MISSED'} <= {target // 60} min")
    marks.append("within 1%" if row["vqs_over_optimum"] <= 1 + GAP_TARGET else "NOT within 1%")
    return ", ".join(marks)


def markdown(rows: dict, table_path: str) -> str:
    ordered = sorted(rows.values(), key=lambda r: (r["noise"], r["n"]))
    lines = [SECTION, "",
             f"`vqs run` of the single-task cells of `{Path(table_path).name}` (gamma = 0.1, the table's time grid, "
             "operating point and per-N rule, docs/scale.md) with `ga.workers` processes, then the see-saw "
             "certificate (the table's optimum settings) at the same grid and operating point. Wall time: the whole "
             "`vqs run` command (start-up, compile, search, refinement, GHZ, outputs). Peak RSS: summed over the "
             "run's process tree, sampled every 0.5 s. Gap: VQS QCRB / certified optimum QCRB.",
             f"Machine: `nproc` = {os.cpu_count()}, {platform.machine()}; each row's load average at its end is "
             "shown (shared machine).", "",
             "| noise | N | workers | vqs run wall | generations x population | evaluations | peak RSS | VQS QCRB | "
             "optimum QCRB | VQS / optimum | certificate time | targets | date, load | command |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in ordered:
        lines.append(
            f"| {r['noise']} | {r['n']} | {r['workers']} | {r['wall_s']:.0f} s ({r['wall_s'] / 60:.1f} min) | "
            f"{r['generations']} x {r['population']} | {r['evaluations']} | {r['peak_rss_bytes'] / 2**20:.0f} MiB | "
            f"{r['vqs_qcrb']:.6g} | {r['optimum_qcrb']:.6g}{'' if r['optimum_converged'] else ' (capped)'} | "
            f"{r['vqs_over_optimum']:.5f} | {r['certificate_s']:.0f} s | {_verdict(r)} | {r['date']}, {r['load']} | "
            f"`{r['command']}` |")
    lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    args = parse_args(argv)
    from vqs.report.table import prepare_table_dir
    from vqs.report.table_config import Cell, load_table_config

    table = load_table_config(args.table)
    prepare_table_dir(table, Path(args.out), resume=True)
    store = Path(args.out) / "scale.json"
    rows = load_rows(store)
    for noise in args.noises:
        for n in args.qubits:
            cell = Cell("single", noise, 0.1, n)
            if f"{noise}_n{n}" in rows:
                print(f"== {cell.name}: measured already ({store}), skipped", flush=True)
                continue
            rows[f"{noise}_n{n}"] = measure(table, cell, args)
            save_rows(store, rows)
    if args.output:
        write_section(Path(args.output), SECTION, markdown(rows, args.table))
        print(f"wrote section '{SECTION}' of {args.output} ({len(rows)} rows from {store})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
