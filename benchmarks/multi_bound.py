"""The multi-task certificate that accounts for incompatibility, against today's bound and VQS, for
the shipped Table 1 multi cells (issue 21, item 5).

    python benchmarks/multi_bound.py [--cells results/table1/cells] [--workers 2]

For every ``multi_*`` cell: the old bound (``optimum.json`` -> ``bound.qcrb``: sum_a 1/U_a, each
U_a optimised over time alone), the new incompatibility-aware bound
(:func:`vqs.physics.optimum.multi_bound.multi_qcrb_bound` on the cell's own model and time grid, read from
its ``config.resolved.yaml``), the certified value max(old, new) that ``qcrb_lower_bound`` now
reports, VQS's QCRB (``result.json``: Tr F^-1 at t*, times t* for the per-time figure) and the
estimate (``optimum.json``). Prints the rows and writes the "Multi-task certificate" section of
benchmarks/RESULTS.md. The table files themselves are not touched.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _sections import write_section  # noqa: E402

from vqs.physics.optimum.multi_bound import multi_qcrb_bound  # noqa: E402
from vqs.search.schema import load_config  # noqa: E402

HEADING = "## Multi-task certificate"


def cell_row(cell: Path) -> dict:
    result = json.loads((cell / "result.json").read_text())
    optimum = json.loads((cell / "optimum.json").read_text())
    config = load_config(cell / "config.resolved.yaml")
    model = config.model.build()
    grid = config.time_grid.times(model)
    figure = result["figure_of_merit"]
    t0 = time.perf_counter()
    new = multi_qcrb_bound(model, grid, figure)
    elapsed = time.perf_counter() - t0
    vqs = result["vqs"]["qcrb"] * (result["vqs"]["t_star"] if figure == "per_time" else 1.0)
    old = optimum["bound"]["qcrb"]
    return {"cell": cell.name, "noise": result["noise"], "gamma": result["gamma"], "n": result["n_qubits"],
            "figure": figure, "vqs": vqs, "estimate": optimum.get("qcrb"), "old": old, "new": new.qcrb,
            "certified": max(old, new.qcrb), "new_t_star": new.t_star, "new_at_edge": new.at_edge,
            "seconds": elapsed}


def render(rows: list[dict], wall: float, workers: int) -> str:
    lines = [
        HEADING, "",
        f"`python benchmarks/multi_bound.py --workers {workers}` ({wall:.0f} s wall on the shared 2-core machine, "
        "2026-12-06). For the 24 shipped multi cells (per unit time, the table's figure): today's bound "
        "(sum_a 1/U_a, each direction's channel-extension bound optimised over time alone), the new "
        "incompatibility-aware bound (`vqs.physics.optimum.multi_bound`: sum_a F_aa <= T for one probe, "
        "water-filled with the per-direction bounds at each t, then minimised over t; it covers "
        "probes entangled with noiseless ancillas), and VQS's QCRB from the shipped result.json. "
        "`new / old` >= 1 is the tightening, `VQS / new` the remaining certified gap.", "",
        "| cell | VQS QCRB | estimate | old bound | new bound | new / old | VQS / old | VQS / new | t* (new) | s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        est = "—" if r["estimate"] is None else f"{r['estimate']:.4g}"
        lines.append(
            f"| {r['cell']} | {r['vqs']:.4g} | {est} | {r['old']:.4g} | {r['new']:.4g} | "
            f"{r['new'] / r['old']:.3f} | {r['vqs'] / r['old']:.2f} | {r['vqs'] / r['certified']:.2f} | "
            f"{r['new_t_star']:.3g}{' (edge)' if r['new_at_edge'] else ''} | {r['seconds']:.0f} |")
    by_noise: dict[str, list[float]] = {}
    for r in rows:
        by_noise.setdefault(r["noise"], []).append(r["vqs"] / r["certified"])
    lines.append("")
    lines.append("VQS / certified bound by noise: " + "; ".join(
        f"{k} {min(v):.2f}–{max(v):.2f}" for k, v in sorted(by_noise.items())) + ".")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", default=str(ROOT / "results" / "table1" / "cells"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--results", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    args = parser.parse_args(argv)
    cells = sorted(p for p in Path(args.cells).glob("multi_*") if (p / "optimum.json").exists())
    if not cells:
        print(f"no multi cells with optimum.json under {args.cells}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        rows = []
        for row in pool.map(cell_row, cells):
            rows.append(row)
            print(f"{row['cell']}: VQS {row['vqs']:.4g} old {row['old']:.4g} new {row['new']:.4g} "
                  f"({row['seconds']:.0f} s)", flush=True)
    text = render(rows, time.perf_counter() - t0, args.workers)
    print(text)
    write_section(Path(args.results), HEADING, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
