"""``vqs export``: write a run's optimal circuit as JSON, OpenQASM 2.0/3.0, PennyLane code or PNG."""

from __future__ import annotations

from vqs.report.export import FORMATS, SUFFIXES, export


def register(sub) -> None:
    p = sub.add_parser(
        "export",
        help="export a run's circuit as json, qasm (OpenQASM 2.0), qasm3, pennylane or png",
        description="Export the circuit of a vqs run directory (RUN_DIR/circuit.json, with "
        "RUN_DIR/result.json for the header) or of a circuit file (JSON or OpenQASM 2.0/3.0). "
        "The default output is RUN_DIR/circuit" + "|".join(SUFFIXES.values()) + ".",
    )
    p.add_argument("run_dir", metavar="RUN_DIR",
                   help="run directory or circuit file (JSON or OpenQASM)")
    p.add_argument("--format", required=True, choices=FORMATS, dest="format",
                   help="output format: json; qasm = OpenQASM 2.0 (qelib1.inc, crx defined in the "
                   "file); qasm3 = OpenQASM 3.0 (stdgates.inc); pennylane = Python module; png")
    p.add_argument("--output", "-o", metavar="PATH",
                   help="output file (or an existing folder for the default name)")
    p.set_defaults(func=run)


def run(args) -> int:
    path = export(args.run_dir, args.format, args.output)
    print(path)
    return 0
