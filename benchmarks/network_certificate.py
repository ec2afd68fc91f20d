#!/usr/bin/env python
"""The certificate and the best-probe estimate of a finished run designed for a network.

For the run directory's model (its composed per-node channels: nodes at different distances have
different links, e.g. ``vqs run configs/network_design.yaml``), figure of merit and time grid:
:func:`vqs.report.network_cells.cell_limits`, i.e. the see-saw optimum of the QFI figure, the
channel-extension bound on it, and the estimate of the best probe for the run's own figure (the
see-saw optimum for QFI figures; the local-readout estimate for the local-CFI figures, the run's
probe with its readout among the starts). Prints the run's VQS and GHZ beside them, and the wall time.

    vqs run configs/network_design.yaml --out runs/network_design
    python benchmarks/network_certificate.py runs/network_design --starts 6
"""

from __future__ import annotations

import argparse
import json
import time

from vqs.report.network_cells import cell_limits
from vqs.search.rundir import RunDir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run_dir", help="a finished vqs run directory (single task)")
    parser.add_argument("--starts", type=int, default=6, help="built-in starts of the see-saw and the estimate")
    args = parser.parse_args()
    rd = RunDir(args.run_dir)
    result = rd.read_result()
    began = time.perf_counter()
    limits = cell_limits(rd.read_config(), [(rd.read_circuit(), result.vqs.t_star)], args.starts)
    vqs = result.vqs.best
    print(json.dumps({"run_dir": args.run_dir, "werner": result.werner, "figure_of_merit": result.figure_of_merit,
                      "vqs": vqs, "vqs_t_star": result.vqs.t_star, "ghz": result.ghz.best, **limits,
                      "vqs_over_estimate": vqs / limits["estimate"], "vqs_over_bound": vqs / limits["bound"],
                      "ghz_over_estimate": result.ghz.best / limits["estimate"],
                      "wall_s": round(time.perf_counter() - began, 1)}, indent=2))


if __name__ == "__main__":
    main()
