"""``vqs network``: satellite vs fiber links for teleported probes (Fig. 4 of the sensing-network paper)."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from vqs.cli import exit_code
from vqs.errors import VqsError
from vqs.io import LOCK_NAME, DirLock, atomic_write_bytes, atomic_write_json, atomic_write_text, check_output_dir
from vqs.network.config import NetworkConfig, load, resolved_yaml
from vqs.network.figures import designed_figure, network_figure
from vqs.network.study import load_probes, rows_to_csv, run_study
from vqs.report.executors import check_executor
from vqs.report.network_sweep import DesignSweep, check_sweep, link_settings, rows_csv, run_sweep


def register(sub) -> None:
    p = sub.add_parser(
        "network",
        help="rate, fidelity and best QFI of teleported probes vs BS-SN distance, satellite vs fiber",
        description="Sweep the BS-SN distance: entanglement rate and Werner fidelity of the fiber "
        "repeater chain and the dual-downlink LEO satellite (instantaneous and time-averaged over "
        "passes), optionally purified (rate times "
        "yield), and the best QFI over sensing time of the GHZ probe (and a VQS circuit from "
        "probe.circuit) with N-1 qubits teleported. Writes CSV, PNG and the crossover distances.",
    )
    p.add_argument("config", help="YAML config (see configs/network.yaml)")
    p.add_argument("--out", help="output folder (default: the config's 'output')")
    p.add_argument("--design", metavar="SWEEP.yaml",
                   help="also design a probe for the network at each distance (a vqs run per distance, link and "
                   "protocol, warm-started from its neighbour; see configs/network_fig4.yaml): designed.csv, "
                   "designed.png and the runs under designed/")
    p.add_argument("--executor", choices=("local", "ray"), default="local",
                   help="--design: run the (link, protocol) chains in local worker processes (default) or as Ray tasks")
    p.add_argument("--workers", type=int, default=2, help="--design: worker processes / local Ray CPUs (default 2)")
    p.add_argument("--address", help="--design: Ray cluster address for --executor ray (default: start a local Ray)")
    p.add_argument("--resume", action="store_true",
                   help="--design: continue the sweep in --out: finished chains and runs are kept")
    p.set_defaults(func=run)


def run(args) -> int:
    cfg = load(NetworkConfig, args.config)
    circuit = cfg.probe.circuit
    if circuit is not None and not Path(circuit).is_absolute():
        # a relative circuit path is relative to the config file's folder
        resolved = (Path(args.config).resolve().parent / circuit)
        cfg = cfg.model_copy(update={"probe": cfg.probe.model_copy(update={"circuit": str(resolved)})})
    load_probes(cfg)  # fail early on a missing circuit file, before anything is written
    sweep = None
    if args.design is not None:
        sweep = load(DesignSweep, args.design)
        check_sweep(sweep, link_settings(cfg))  # a bad run section fails before anything is written
        if not 1 <= args.workers <= 1024:  # as vqs table
            raise VqsError(f"--workers must be an integer from 1 to 1024, got {args.workers}")
        check_executor(args.executor, args.workers, args.address)  # Ray missing, --address without Ray
    elif args.resume or args.address is not None:
        raise VqsError("--resume and --address are for --design")
    out = check_output_dir(Path(args.out or cfg.output))
    lock = DirLock(out, "network").acquire()  # a second vqs network on this folder is refused at once
    try:
        designed = out / "designed"
        if sweep is not None and not args.resume and designed.is_dir() and any(
                p.name != LOCK_NAME for p in designed.iterdir()):
            raise VqsError(f"{designed} holds an earlier sweep: pass --resume to continue it, or choose another --out")
    except BaseException:
        lock.release(discard=True)
        raise
    try:
        return _study(args, cfg, sweep, out)
    finally:
        lock.release()


def _study(args, cfg: NetworkConfig, sweep, out: Path) -> int:
    recorded = cfg
    if cfg.probe.circuit is not None:  # the resolved config reads back from its own folder, on any machine
        rel = os.path.relpath(Path(cfg.probe.circuit).resolve(), out.resolve())
        recorded = cfg.model_copy(update={"probe": cfg.probe.model_copy(update={"circuit": rel})})
    atomic_write_text(out / "config.resolved.yaml", resolved_yaml(recorded))
    result = run_study(cfg)
    atomic_write_text(out / "network.csv", rows_to_csv(result.rows))
    atomic_write_bytes(out / "network.png", network_figure(result, cfg))
    summary = {"crossovers": result.crossovers, "coverage_limit_km": result.coverage_limit_km,
               "times": [float(t) for t in result.times]}
    atomic_write_json(out / "summary.json", summary)
    if result.coverage_limit_km is not None:
        print(f"satellite coverage limit (elevation >= {cfg.satellite.min_elevation_deg:g} deg): "
              f"{result.coverage_limit_km:.1f} km")
    labels = {"fidelity": "fidelity", "rate": "instantaneous rate",
              "rate_time_averaged": f"time-averaged rate (duty cycle {cfg.satellite.duty_cycle:g})"}
    for name, label in labels.items():
        c = result.crossovers.get(name)
        if c is None:
            continue
        if c["crossings_km"]:
            where = ", ".join(f"{x:.1f} km" for x in c["crossings_km"])
            print(f"{label} crossover (satellite vs fiber): {where}; {c['ahead_at_start']} ahead at short range")
        else:
            print(f"{label}: no crossover up to the coverage limit; {c['ahead_at_start']} ahead throughout")
    if sweep is not None:
        try:
            _design(sweep, cfg, out, args)
        except KeyboardInterrupt as err:  # Ctrl-C or SIGTERM: the workers are stopped, finished chains and runs kept
            again = [args.config, "--design", args.design, "--out", str(out), "--executor", args.executor,
                     "--workers", str(args.workers)] + (["--address", args.address] if args.address else [])
            sys.stderr.write(f"vqs network: interrupted; the finished chains and runs in {out}/designed are kept: "
                             f"continue with: vqs network {' '.join(shlex.quote(a) for a in again)} --resume\n")
            return exit_code(err)
    print(f"wrote {out}/", file=sys.stdout)
    return 0


def _design(sweep, cfg: NetworkConfig, out: Path, args) -> None:
    def write(rows):
        atomic_write_text(out / "designed.csv", rows_csv(rows))

    rows = run_sweep(sweep, link_settings(cfg), out / "designed", on_rows=write,
                     progress=lambda line: print(f"vqs network: {line}", file=sys.stderr, flush=True),
                     executor=args.executor, workers=args.workers, address=args.address, resume=args.resume)
    write(rows)
    if rows:
        atomic_write_bytes(out / "designed.png", designed_figure(rows))
