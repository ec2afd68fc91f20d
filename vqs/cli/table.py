"""``vqs table CONFIG.yaml``: regenerate the VQS paper's Table 1 under one stated model."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from vqs.cli import exit_code
from vqs.errors import VqsError
from vqs.io import check_output_dir
from vqs.report.table import TABLE_FILE, run_table, summary_paths
from vqs.report.table_config import load_table_config


def register(sub) -> None:
    p = sub.add_parser(
        "table",
        help="regenerate Table 1 (GHZ, VQS and optimal-probe QCRB per task, noise, gamma, N)",
        description="Runs one GA+refinement per cell (GHZ scored under the same model), the optimal-probe "
        "bound, and writes <out>.csv, <out>.md, <out>.tex and the per-cell run directories <out>/cells/*. "
        "Finished cells are cached: --resume continues a killed table.",
    )
    p.add_argument("config", help="YAML table configuration (see configs/table1.yaml)")
    p.add_argument("--out", help="table directory (default results/<name>); summaries go to <out>.csv/.md/.tex")
    p.add_argument("--executor", choices=("local", "ray"), default="local",
                   help="local worker processes (default) or Ray tasks")
    p.add_argument("--workers", type=int, default=2, help="worker processes / local Ray CPUs (default 2)")
    p.add_argument("--address", help="Ray cluster address for --executor ray (default: start a local Ray)")
    p.add_argument("--resume", action="store_true", help="continue the table in --out, skipping finished cells")
    p.add_argument("--quiet", action="store_true", help="no per-cell progress lines")
    p.set_defaults(func=run)


def run(args) -> int:

    config = load_table_config(args.config)
    if not 1 <= args.workers <= 1024:  # as ga.workers: more processes than any machine runs is a typo
        raise VqsError(f"--workers must be an integer from 1 to 1024, got {args.workers}")
    if args.address and args.executor != "ray":
        raise VqsError("--address is for --executor ray")
    out = check_output_dir(Path(args.out) if args.out else Path("results") / config.name)
    try:
        rows = run_table(config, out, resume=args.resume, executor=args.executor, workers=args.workers,
                         address=args.address, progress=None if args.quiet else _print)
    except KeyboardInterrupt as err:  # Ctrl-C or SIGTERM: the workers are stopped, finished cells kept
        if not (out / TABLE_FILE).exists():
            raise
        again = " ".join(shlex.quote(a) for a in (args.config, "--out", str(out), "--executor", args.executor,
                                                   "--workers", str(args.workers)))
        again += f" --address {shlex.quote(args.address)}" if args.address else ""
        sys.stderr.write(f"vqs table: interrupted; the finished cells in {out}/cells are kept: continue with: "
                         f"vqs table {again} --resume\n")
        return exit_code(err)
    paths = summary_paths(out)
    short = sum(1 for r in rows if r["short_of_optimum"])
    worse = sum(1 for r in rows if r["vqs_qcrb"] > r["ghz_qcrb"] * (1 + 1e-9))
    print(f"{len(rows)} cells in {out}/cells; wrote {paths['csv']}, {paths['md']}, {paths['tex']}")
    if short:
        print(f"  {short} single-task cell(s) more than 1% above the certified optimum (marked * in the table)")
    if worse:
        print(f"  WARNING: {worse} cell(s) with VQS QCRB above GHZ")
    return 0


def _print(line: str) -> None:
    print(line, flush=True)
