#!/usr/bin/env python
"""Lamarckian hand-over (refine.from_local_steps) on one multi-task Table 1 cell: VQS HCRB / estimate with and without.

The cell's run config is the table's (``configs/table1.yaml``, its budget for that N); the genetic
search runs once (its result does not depend on the option), then the refinement and HCRB
refinement run twice from its final state: from the genomes' stored angles (default) and from the
angles the search's local steps reach (vqs/search/handover.py). The estimate is the table's
(:func:`vqs.physics.optimum.multi_optimum.multi_optimum`, the table's starts, both VQS probes as
extra starts). Figures per unit time: t* HCRB(t*).

    nice -n 10 python benchmarks/lamarck.py --noise dephasing --gamma 0.1 --nodes 3 --output benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import os
import shlex
import sys
import time
from pathlib import Path

from _sections import write_section  # benchmarks/_sections.py, beside this script

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Lamarckian hand-over (refine.from_local_steps)"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--table", default=str(ROOT / "configs" / "table1.yaml"))
    p.add_argument("--noise", default="dephasing")
    p.add_argument("--gamma", type=float, default=0.1)
    p.add_argument("--nodes", type=int, default=3)
    p.add_argument("--output", type=Path)
    args = p.parse_args()
    sys.path.insert(0, str(ROOT))
    from vqs.physics.kernel.states import circuit_statevectors
    from vqs.physics.optimum.multi_optimum import multi_optimum
    from vqs.report.table_config import Cell, cell_config, load_table_config, task_figure
    from vqs.search.design import execute, prepare

    table = load_table_config(args.table)
    cell = Cell("multi", args.noise, args.gamma, args.nodes)
    config = cell_config(table, cell)
    rows, designs = [], {}
    state = None
    for handover in (False, True):
        raw = config.model_dump(mode="json")
        raw["refine"]["from_local_steps"] = handover
        cfg = type(config).model_validate(raw)
        t0 = time.perf_counter()
        designed = execute(prepare(cfg), state=state)
        state = designed.state
        designs[handover] = (designed, time.perf_counter() - t0)
        print(f"from_local_steps={handover}: t* HCRB = {1 / designed.result.vqs.best:.6f} "
              f"({designs[handover][1]:.0f} s)", flush=True)
    model = config.model.build()
    grid = config.time_grid.times(model)
    t0 = time.perf_counter()
    extra = [(circuit_statevectors([d.circuit])[0], d.result.vqs.t_star) for d, _ in designs.values()]
    est = multi_optimum(model, task_figure(table, "multi"), designs[False][0].result.ghz.t_star, grid,
                        table.multi_optimum_starts, table.optimum.seed, table.multi_optimum_maxiter,
                        extra_starts=extra)
    t_est = time.perf_counter() - t0
    for handover, (d, secs) in designs.items():
        h = 1 / d.result.vqs.best
        rows.append(f"| {str(handover).lower()} | {h:.6f} | {h / est['hcrb']:.4f} | "
                    f"{d.result.vqs.n_genes} | {secs:.0f} |")
    text = "\n".join([
        SECTION, "",
        f"`{shlex.join(['python', 'benchmarks/lamarck.py'] + sys.argv[1:])}` "
        f"({datetime.date.today()}, shared 2-core machine, nice 10). Cell multi, {args.noise}, gamma {args.gamma:g}, "
        f"N = {args.nodes}, the budget of {Path(args.table).name}; the search (first row's seconds) runs once. "
        f"Estimate (HCRB, best of {table.multi_optimum_starts} starts + both VQS probes): {est['hcrb']:.6f} "
        f"({t_est:.0f} s).", "",
        "| from_local_steps | VQS t* HCRB | VQS / estimate | genes | seconds |", "|---|---|---|---|---|",
        *rows, ""])
    print(text)
    if args.output:
        write_section(args.output, SECTION, text)


if __name__ == "__main__":
    main()
