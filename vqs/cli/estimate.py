"""``vqs estimate RUN_DIR``: finite shots end to end: the MLE of the field from M sampled outcomes of
the run's readout at its t* and operating point, its MSE over K seeded trials against 1/(M CFI) and
the QCRB 1/(M QFI), for a range of M (:mod:`vqs.physics.readout.estimation`)."""

from __future__ import annotations

import json
from pathlib import Path

from vqs import _checks
from vqs.errors import VqsError
from vqs.io import atomic_write_json
from vqs.physics.readout.estimation import READOUTS, shot_study
from vqs.search.run_model import run_model
from vqs.search.rundir import RunDir


def register(sub) -> None:
    p = sub.add_parser(
        "estimate",
        help="MSE of the maximum-likelihood estimate from M shots of a designed probe, against 1/(M CFI) and the QCRB",
        description="Draws M outcomes of the run's readout at t* and the true operating point from the exact outcome "
        "probabilities, estimates the field omega by maximum likelihood (on a grid over omega0 +- 10/sqrt(M CFI)), "
        "repeats K times (seeded) and reports the mean squared error with its standard error against 1/(M CFI) "
        "and 1/(M QFI), for each M; single task.",
    )
    p.add_argument("run_dir", metavar="RUN_DIR", help="a finished vqs run directory (single task)")
    p.add_argument("--shots", default="10,100,1000,10000,100000", metavar="M[,M...]",
                   help="shots per estimate, comma-separated (default 10,100,1000,10000,100000)")
    p.add_argument("--trials", type=int, default=200, help="repetitions K per M (default 200)")
    p.add_argument("--readout", choices=READOUTS, default="sld",
                   help="sld: the SLD eigenbasis at the operating point (CFI = QFI; default); local: the circuit's "
                   "local readout, else the best local one")
    p.add_argument("--seed", type=int, default=0, help="seed of the sampled outcomes (default 0)")
    p.add_argument("--out", metavar="DIR", help="also write DIR/estimate.json and DIR/estimate.png")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def _shots(text: str) -> list[int]:
    try:
        values = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise VqsError(f"--shots must be comma-separated integers, got {text!r}") from None
    if not values or min(values) < 1 or max(values) > 10**9:
        raise VqsError(f"--shots must be integers from 1 to 1e9, got {text!r}")
    return values


def run(args) -> int:
    shots = _shots(args.shots)
    trials = _checks.integer("--trials", args.trials, 2, 10**6)
    seed = _checks.integer("--seed", args.seed, 0)
    rd = RunDir(Path(args.run_dir)).require_finished()
    out_dir = None if args.out is None else Path(args.out)
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise VqsError(f"--out {out_dir} exists and is not a directory")
    result, circuit = rd.read_result(), rd.read_circuit()
    model = run_model(result)
    study = shot_study(circuit, model, result.vqs.t_star, shots, trials, args.readout, seed)
    out = {"run_dir": str(rd.root), "t_star": result.vqs.t_star, "operating_point": list(model.operating_point),
           "seed": seed, **study.to_dict()}
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_json(out_dir / "estimate.json", out)
        _figure(out, out_dir / "estimate.png")
    if args.json:
        print(json.dumps(out))
        return 0
    print(f"{rd.root}: MLE of omega at t* = {result.vqs.t_star:.6g}, {args.readout} readout "
          f"(CFI {study.cfi:.6g}, QFI {study.qfi:.6g}), {trials} trials per M")
    print(f"{'M':>8} {'MSE':>12} {'+-':>10} {'1/(M CFI)':>12} {'MSE M CFI':>10} {'1/(M QFI)':>12}")
    for r in out["rows"]:
        print(f"{r['shots']:>8} {r['mse']:12.5g} {r['mse_stderr']:10.3g} {r['cramer_rao']:12.5g} "
              f"{r['mse_over_cramer_rao']:10.4f} {r['qcrb']:12.5g}")
    return 0


def _figure(out: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = out["rows"]
    m = [r["shots"] for r in rows]
    fig, ax = plt.subplots(figsize=(5, 4))
    ax.errorbar(m, [r["mse"] for r in rows], yerr=[r["mse_stderr"] for r in rows], fmt="o", label="MLE MSE")
    ax.plot(m, [r["cramer_rao"] for r in rows], "-", label="1/(M CFI)")
    ax.plot(m, [r["qcrb"] for r in rows], "--", label="QCRB 1/(M QFI)")
    ax.set(xscale="log", yscale="log", xlabel="shots M", ylabel="mean squared error of omega",
           title=f"{out['readout']} readout, {out['trials']} trials per M")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
