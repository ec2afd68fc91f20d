"""``vqs plot TABLE_DIR --kind ...``: the VQS paper's figures from a ``vqs table`` output."""

from __future__ import annotations

from pathlib import Path

from vqs.errors import VqsError
from vqs.io import check_output_dir
from vqs.report import plots


def register(sub) -> None:
    p = sub.add_parser(
        "plot",
        help="figures of a table output: QFI vs time, best QFI and t* vs N, QCRB vs N, circuit, spin Wigner",
        description="Reads the per-cell run directories of a `vqs table` output and writes PNG + PDF.",
    )
    p.add_argument("table_dir", help="a `vqs table --out` directory (holds cells/)")
    p.add_argument("--kind", required=True, choices=("qfi-vs-time", "best-vs-n", "qcrb-vs-n", "circuit", "wigner"),
                   help="qfi-vs-time: the table's figure of merit (and the other one) of the VQS probe and GHZ "
                   "against gamma t for one cell, t* marked on the curves; best-vs-n: best figure of merit and "
                   "gamma t* against N; qcrb-vs-n: best QCRB against N with the 1/N and 1/N^2 scalings as guides; "
                   "circuit: the optimal circuit with its sensing step and t*; wigner: spin "
                   "Wigner function of the optimal probe state's symmetric part (docs/table.md, 'Figures')")
    p.add_argument("--task", default="single", choices=("single", "multi"),
                   help="the table rows to plot: single (scalar field) or multi (vector field); default single")
    p.add_argument("--noise", default="dephasing", help="the noise column to plot (default dephasing)")
    p.add_argument("--gamma", type=float, default=0.1, help="the gamma column to plot (default 0.1)")
    p.add_argument("--nodes", type=int, help="N of the cell to plot (qfi-vs-time, circuit, wigner; default the "
                   "table's largest N, named on stdout); refused by best-vs-n and qcrb-vs-n, which plot every N")
    p.add_argument("--out", help="output folder (default <table_dir>/figures)")
    p.set_defaults(func=run)


def run(args) -> int:
    cells = plots.TableCells(args.table_dir)
    if args.kind in ("best-vs-n", "qcrb-vs-n") and args.nodes is not None:
        raise VqsError(f"--nodes does not apply to --kind {args.kind}, which plots every N of the table")
    series = cells.series(args.task, args.noise, args.gamma)  # the selection exists: checked before any write
    if args.kind not in ("best-vs-n", "qcrb-vs-n"):
        if args.nodes is None:
            args.nodes = max(n for n, _ in series)
            print(f"N = {args.nodes} (the largest N of the {args.task} {args.noise} gamma = {args.gamma:g} cells; "
                  "choose another with --nodes)")
        cells.find(args.task, args.noise, args.gamma, args.nodes)
    out = check_output_dir(Path(args.out) if args.out else Path(args.table_dir) / "figures")
    key = (cells, args.task, args.noise, args.gamma)
    if args.kind == "qfi-vs-time":
        paths = plots.plot_qfi_vs_time(*key, args.nodes, out)
    elif args.kind == "best-vs-n":
        paths = plots.plot_best_vs_n(*key, out)
    elif args.kind == "qcrb-vs-n":
        paths = plots.plot_qcrb_vs_n(*key, out)
    elif args.kind == "circuit":
        paths = plots.plot_circuit(*key, args.nodes, out)
    else:
        paths, outside = plots.plot_wigner(*key, args.nodes, out)
        print(f"weight outside the symmetric subspace: {outside:.6g} (the part of the probe state a spin "
              "Wigner function cannot show; 0 for permutation-symmetric probes such as GHZ)")
    for p in paths:
        print(f"wrote {p}")
    return 0
