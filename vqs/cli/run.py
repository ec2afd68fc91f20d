"""``vqs run CONFIG.yaml``: design the best probe circuit for a sensing scenario."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from vqs.cli import exit_code
from vqs.cli.progress import reporter
from vqs.io import check_output_dir
from vqs.names import Figure, Task
from vqs.search.pipeline import run as run_pipeline
from vqs.search.rundir import RunDir, RunResult
from vqs.search.schema import load_config, parse_config


def register(sub) -> None:
    p = sub.add_parser(
        "run",
        help="design the optimal probe circuit for a YAML-configured sensing scenario",
        description="Genetic search over probe circuits, angle refinement, GHZ baseline; writes "
        "config.resolved.yaml, history.csv, checkpoint.json, result.json, circuit.json, circuit.qasm.",
    )
    p.add_argument("config", help="YAML run configuration (see configs/)")
    p.add_argument("--out", help="run directory (default runs/<name>)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value, e.g. --set ga.population=64 (repeatable)")
    p.add_argument("--resume", action="store_true",
                   help="continue the run in --out from its checkpoint; with a larger --set ga.generations=G, "
                   "extend a finished run")
    p.add_argument("--warm-start", metavar="RUN_DIR",
                   help="seed the search and the refinement with the probe of a previous run (its circuit.json): "
                   "sets warm_start in the config")
    p.add_argument("--quiet", action="store_true",
                   help="no progress (by default a bar on a terminal, plain lines on stderr otherwise)")
    p.set_defaults(func=run)


def run(args) -> int:
    config = load_config(args.config, args.set)
    if args.warm_start is not None:
        config = parse_config(config.model_dump(mode="json") | {"warm_start": str(args.warm_start)}, args.config)
    out = check_output_dir(Path(args.out) if args.out else Path("runs") / config.name)

    try:
        with reporter(args.quiet) as progress:
            result = run_pipeline(config, out, resume=args.resume,
                                  progress=None if progress is None else progress.generation,
                                  stage=None if progress is None else progress.stage)
    except KeyboardInterrupt as err:
        if not RunDir(out).config.exists():
            raise
        sets = "".join(f" --set {shlex.quote(s)}" for s in args.set)
        sys.stderr.write(f"vqs run: interrupted; the run in {out} continues from its last finished generation "
                         f"with: vqs run {shlex.quote(args.config)} --out {shlex.quote(str(out))} --resume{sets}\n")
        return exit_code(err)
    _summary(result, out)
    return 0


def _summary(result: RunResult, out: Path) -> None:
    v, g = result.vqs, result.ghz
    figure = Figure(result.figure_of_merit)
    single = result.task == Task.SINGLE
    if figure.local:
        unit = "local CFI" if single else "1/Tr(W C^-1)"
    elif figure.holevo:
        unit = "1/HCRB"
    else:
        unit = "QFI" if single else "1/QCRB"
    unit += "/t" if figure.per_time else ""
    print(f"{result.name}: N={result.n_qubits} {result.task} {result.noise} gamma={result.gamma:g} "
          f"(engine {result.engine})")
    if result.werner is not None:
        legs = {leg: ", ".join(f"{w:.4f}" for w in result.werner[leg] or ()) for leg in ("out", "back")}
        back = f", back {legs['back']}" if result.werner["back"] is not None else ""
        print(f"  network ({result.werner['protocol']}): Werner out {legs['out']}{back}")
    for name, p, genes in (("VQS", v, f", {v.n_genes} genes"), ("GHZ", g, "")):
        if figure.local:  # the bound of this readout; the QCRB (1/QFI) is that of the best joint measurement
            joint = f"QFI {p.qfi:.6g}, " if single else ""
            bound = f"local bound {p.ccrb:.6g}{genes}; with the best joint measurement {joint}QCRB {p.qcrb:.6g}"
        else:
            bound = f"QCRB {p.qcrb:.6g}{genes}"
        if p.hcrb is not None:  # multi task: the attainable Holevo bound at t*
            bound += f"; HCRB {p.hcrb:.6g} = {p.hcrb_over_qcrb:.4f} x QCRB, commutativity {p.commutativity:.3g}"
        print(f"  {name}  {unit} = {p.best:.6g} at t* = {p.t_star:.6g}  ({bound})")
    if result.vqs_over_ghz:
        print(f"  VQS / GHZ = {result.vqs_over_ghz:.4f}")
    if figure.local:
        nodes = ", ".join(f"({r['theta']:.4f}, {r['phi']:.4f})" for r in v.readout)
        print(f"  VQS readout per node (theta, phi): {nodes}")
        for name, p in (("VQS", v), ("GHZ", g)):
            if not p.readout_check.get("continuous", True):
                print(f"  WARNING: the {name} readout's CFI is singular at t* (outcomes "
                      f"{', '.join(p.readout_check['singular_outcomes'])} have p <= 1e-12 but a nonzero derivative): "
                      "the value is that at the point, not its limit (docs/measurement.md)")
    print(f"  outputs in {out}/ (result.json, circuit.json, circuit.qasm, history.csv)")
