#!/usr/bin/env python
"""Layered starts against the certificate: how often does one refined layered circuit get within 1%?

For each large-N amplitude-damping cell of ``configs/table_extended.yaml`` (or ``--qubits``), refine
``--starts`` layered circuits (:func:`vqs.search.refine.layered_starts`: ``--depth`` identity layers
from the cell's initial state (|0...0> there), angles N(0, pi^2), seeded by the cell's seed) with
Adam (the cell's learning rate, ``--steps`` steps, no growth, no pruning), and print each start's
QFI/t, its t* and its ratio to the cell's see-saw certificate (``<table dir>/cells/<cell>/optimum.json``,
written by benchmarks/scale.py).
This is the measurement behind ``refine.layered_starts`` (docs/scale.md).

    python benchmarks/layered_starts.py --qubits 6,7,8 --starts 8 --output benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import sys
import time
from pathlib import Path

from _sections import write_section  # benchmarks/_sections.py, beside this script

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Layered starts"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--table", default=str(ROOT / "configs" / "table_extended.yaml"))
    p.add_argument("--out", default=str(ROOT / "results" / "table_extended"), help="the table directory")
    p.add_argument("--noise", default="amplitude_damping")
    p.add_argument("--qubits", default="6,7,8")
    p.add_argument("--starts", type=int, default=8)
    p.add_argument("--depth", type=int, default=5)
    p.add_argument("--steps", type=int, default=1000)
    p.add_argument("--output", help="replace the '## Layered starts' section of this Markdown file")
    args = p.parse_args()
    if args.starts < 1 or args.depth < 1 or args.steps < 1:
        p.error("--starts, --depth and --steps must be >= 1")

    import jax

    jax.config.update("jax_enable_x64", True)
    from vqs.report.table_config import Cell, cell_config, load_table_config
    from vqs.search.refine import RefineOptions, layered_starts, refine_circuit

    table = load_table_config(args.table)
    lines = []
    for n in (int(x) for x in args.qubits.split(",") if x.strip()):
        cell = Cell("single", args.noise, 0.1, n)
        config = cell_config(table, cell)
        optimum_path = Path(args.out) / "cells" / cell.name / "optimum.json"
        if not optimum_path.exists():
            raise SystemExit(f"{optimum_path} is missing: run benchmarks/scale.py for this cell first")
        certificate = json.loads(optimum_path.read_text())["value"]
        model = config.model.build()
        grid = config.time_grid.times(model)
        options = RefineOptions(steps=args.steps, learning_rate=config.refine.learning_rate, prune=False)
        values = []
        for k, circuit in enumerate(layered_starts(n, config.ga.init, args.starts, args.depth, config.seed)):
            t0 = time.perf_counter()
            r = refine_circuit(circuit, model, grid, config.figure_of_merit, options, max_genes=len(circuit.genes))
            values.append(r.best.value)
            print(f"N = {n} start {k}: QFI/t {r.best.value:.4f} at t* {r.best.t_star:.3f}; certificate / it "
                  f"{certificate / r.best.value:.5f} ({time.perf_counter() - t0:.0f} s)", flush=True)
        within = sum(certificate / v <= 1.01 for v in values)
        lines.append(f"| {n} | {certificate:.4f} | {', '.join(f'{v:.3f}' for v in values)} | "
                     f"{certificate / max(values):.5f} | {within} of {len(values)} |")
    if args.output:
        text = "\n".join([
            SECTION, "",
            f"`{shlex.join(['python', 'benchmarks/layered_starts.py', *sys.argv[1:]])}` "
            f"({datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC): {args.noise}, gamma = 0.1, layered starts "
            f"of depth {args.depth} from the cell's initial state (|0...0>) refined {args.steps} Adam steps each, "
            "against the cell's see-saw certificate (QFI/t; certificate / VQS is VQS QCRB / optimum QCRB).", "",
            "| N | certificate QFI/t | each start's QFI/t | certificate / best start | starts within 1% |",
            "|---|---|---|---|---|", *lines, ""])
        write_section(Path(args.output), SECTION, text)
        print(f"wrote section {SECTION!r} of {args.output}")


if __name__ == "__main__":
    main()
