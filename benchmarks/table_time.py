"""Wall time of the single-parameter half of Table 1 (24 cells) with 1 and 2 local workers.

    python benchmarks/table_time.py --output benchmarks/RESULTS.md              # 1 and 2 workers
    python benchmarks/table_time.py --workers 2 --output benchmarks/RESULTS.md  # 2 workers only
    python benchmarks/table_time.py --quick                                     # N = 2 only, nothing written

Runs ``vqs table`` on ``configs/table1.yaml`` restricted to ``tasks: [single]`` (the same run,
optimum and figure-of-merit settings as the shipped table) into fresh temporary folders, one
full table per worker count, and times each command end to end (each cell = GA + refinement +
GHZ + the see-saw certificate). ``--output`` writes or replaces the ``## Table 1 wall time``
section of that file, leaving every other section alone. Target: <= 15 minutes on 2 workers.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from _sections import write_section  # benchmarks/_sections.py, beside this script

SECTION = "## Table 1 wall time"
ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 15 * 60


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def time_table(config: dict, workers: int, tmp: Path) -> float:
    cfg = tmp / f"single_w{workers}.yaml"
    cfg.write_text(yaml.safe_dump(config))
    out = tmp / f"table_w{workers}"
    cmd = [sys.executable, "-m", "vqs.cli", "table", str(cfg), "--out", str(out), "--workers", str(workers)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", default=str(ROOT / "configs" / "table1.yaml"))
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--quick", action="store_true", help="N = 2 cells only (smoke run; nothing written)")
    ap.add_argument("--output", help="write the section into this Markdown file")
    args = ap.parse_args(argv)
    config = yaml.safe_load(Path(args.config).read_text())
    config["tasks"] = ["single"]
    if args.quick:
        config["nodes"] = [2]
        config.pop("run_by_nodes", None)
    n_cells = len(config["noises"]) * len(config["gammas"]) * len(config["nodes"])
    workers = [int(w) for w in args.workers.split(",")]
    started = datetime.datetime.now(datetime.UTC)
    load0 = _load()
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for w in workers:
            times[w] = time_table(config, w, Path(tmp))
            print(f"{n_cells} single-parameter cells, {w} worker(s): {times[w]:.0f} s", flush=True)
    load1 = _load()
    if args.output and not args.quick:
        cmd = f"python benchmarks/table_time.py --workers {args.workers} --output {args.output}"
        rows = "\n".join(f"| {w} | {times[w]:.0f} s ({times[w] / 60:.1f} min) | "
                         f"{'met' if times[w] <= TARGET_S else 'missed'} |" for w in workers)
        lines = [
            SECTION, "",
            f"Command: `{cmd}` (run from the repository root)  ",
            f"Date: {started:%Y-%m-%d %H:%M} UTC  ",
            f"Machine: `nproc` = {os.cpu_count()}, {platform.processor() or platform.machine()}; load average "
            f"{load0} at start, {load1} at the end (shared machine)  ",
            f"Cells: the {n_cells} single-parameter cells of `{Path(args.config).name}` (GA + refinement + GHZ + "
            "see-saw certificate per cell), local executor.", "",
            "| workers | wall time | target <= 15 min |", "|---|---|---|", rows,
        ]
        if 1 in times and 2 in times:
            lines += ["", f"Speed-up 1 -> 2 workers: {times[1] / times[2]:.2f}x."]
        write_section(Path(args.output), SECTION, "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
