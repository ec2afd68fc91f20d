"""``vqs qfi``: QFI (or QFIM and QCRB) of one probe over sensing time, and its optimal times."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ansatz import Circuit
from ansatz.io import load_circuit
from vqs.errors import VqsError
from vqs.io import dumps_json
from vqs.names import ENGINES, FIGURES, HOLEVO_FIGURES, NOISES, TASKS, Engine
from vqs.physics.engines.jax_engine import require_memory
from vqs.physics.engines.pennylane_engine import MAX_QUBITS, require_no_ancillas, require_size
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.hcrb_time import best_hcrb_time, hcrb_curve
from vqs.physics.kernel.prep_noise import circuit_density_matrices
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.continuity import require_continuous
from vqs.physics.qfi import default_times, engine_capabilities, ghz_circuit, qfi_of_circuits


def register(sub) -> None:
    p = sub.add_parser(
        "qfi",
        help="QFI / QCRB of a probe (GHZ, |0..0> or a circuit file) over sensing time",
        description="Score one probe under the sensing model: QFI (single task) or QFIM and "
        "QCRB (multi task; with the attainable Holevo bound HCRB and the weak-commutativity diagnostic) per "
        "sensing time, and the optimal time per shot and per unit time.",
    )
    p.add_argument("--probe", default="ghz",
                   help="ghz, zero, or a circuit file: JSON or OpenQASM 2.0/3.0 (default ghz)")
    p.add_argument("--qubits", type=int, help="number of qubits (taken from the file if omitted)")
    p.add_argument("--ancillas", type=int, metavar="K",
                   help="noiseless ancilla qubits that do not sense, the circuit's last K wires (default 0, or the "
                   "circuit file's); with ghz or zero the probe has --qubits + K wires (docs/model.md)")
    p.add_argument("--noise", required=True, choices=NOISES,
                   help="single-qubit noise during sensing: " + ", ".join(NOISES) + " (docs/model.md)")
    p.add_argument("--gamma", type=float, required=True, help="decay rate gamma >= 0")
    p.add_argument("--task", choices=TASKS, default="single",
                   help="single: a scalar field omega (QFI); multi: a vector field Bx, By, Bz (QFI matrix and QCRB); "
                   "default single")
    p.add_argument("--field", choices=("common", "local"), default="common",
                   help="single task: common (one field on every node, default) or local (node i senses its own "
                   "theta_i; the figure is the QFI of q = w.theta, --weights; docs/model.md 'Local parameters')")
    p.add_argument("--weights", metavar="W1,W2,...",
                   help="--field local: the weights w of q = w.theta, one per sensor (default the average 1/N)")
    p.add_argument("--node-gammas", metavar="G1,G2,...",
                   help="a decay rate per sensor node (each with --noise), instead of one --gamma for all")
    p.add_argument("--times", help="comma-separated sensing times, strictly increasing, e.g. 0.5,1,2")
    p.add_argument("--t-max", type=float, help="largest time of a geometric grid (default 2/gamma)")
    p.add_argument("--points", type=int, default=32, help="points of the geometric grid (default 32)")
    p.add_argument("--operating-point", metavar="VALUES",
                   help="field value the QFI is taken at: omega0 (single task) or Bx,By,Bz (multi task), "
                   "default all zeros; a point where the QFI is discontinuous is refused (docs/model.md)")
    p.add_argument("--preparation-noise", metavar="P1,P2",
                   help="depolarizing rates after every one-qubit (H, RX, RY, RZ) and two-qubit (CNOT, CRX) gate of "
                   "the probe circuit, on its qubits, the GHZ preparation's included (default none; jax engine; "
                   "docs/model.md, 'Preparation noise')")
    p.add_argument("--engine", choices=ENGINES, default=Engine.JAX,
                   help="what computes the QFI: jax (the fast batched kernel, default) or pennylane (PennyLane's "
                   f"default.mixed device and jax.jacfwd, the cross-check that agrees with jax to 1e-8 relative; "
                   f"N <= {MAX_QUBITS})")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def _parse_floats(text: str, name: str) -> list[float]:
    try:
        values = [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise VqsError(f"{name} must be comma-separated numbers, got {text!r}") from None
    if not values:
        raise VqsError(f"{name} is empty")
    return values


def _probe(args) -> Circuit:
    """The probe circuit, its last wires marked as ancillas (--ancillas, else the file's)."""
    if args.ancillas is not None and args.ancillas < 0:
        raise VqsError(f"--ancillas must be >= 0, got {args.ancillas}")
    if args.probe in ("ghz", "zero"):
        if args.qubits is None:
            raise VqsError("--qubits is required with --probe ghz or zero")
        if args.qubits < 1:
            raise VqsError(f"--qubits must be >= 1, got {args.qubits}")
        k = args.ancillas or 0
        width = args.qubits + k
        circuit = ghz_circuit(width) if args.probe == "ghz" else Circuit(width, (), "zero")
        return circuit.with_ancillas(k)
    path = Path(args.probe)
    if not path.exists():
        raise VqsError(f"probe {args.probe!r} is neither ghz, zero nor an existing circuit file")
    circuit = load_circuit(path)
    if args.ancillas is not None:
        if args.ancillas >= circuit.n_qubits:
            raise VqsError(f"--ancillas {args.ancillas} leaves no sensor among the {circuit.n_qubits} qubits of {path}")
        circuit = circuit.with_ancillas(args.ancillas)
    sensors = circuit.n_qubits - circuit.ancillas
    if args.qubits is not None and args.qubits != sensors:
        raise VqsError(f"--qubits {args.qubits} but {path} has {sensors} sensor qubits")
    return circuit


def _model(args, circuit: Circuit) -> SensingModel:
    theta0 = None
    if args.operating_point is not None:
        theta0 = tuple(_parse_floats(args.operating_point, "--operating-point"))
    extra = {}
    if args.field == "local":
        extra["field"] = "local"
        if args.weights is not None:
            extra["function_weights"] = tuple(_parse_floats(args.weights, "--weights"))
    elif args.weights is not None:
        raise VqsError("--weights (the target q = w.theta) needs --field local")
    if args.node_gammas is not None:
        extra["nodes"] = tuple((args.noise, g) for g in _parse_floats(args.node_gammas, "--node-gammas"))
    prep = None
    if args.preparation_noise is not None:
        prep = _parse_floats(args.preparation_noise, "--preparation-noise")
        if len(prep) != 2:
            raise VqsError(f"--preparation-noise must be two rates P1,P2, got {args.preparation_noise!r}")
    return SensingModel(circuit.n_qubits - circuit.ancillas, args.task, args.noise, args.gamma,
                        operating_point=theta0, ancillas=circuit.ancillas, preparation_noise=prep, **extra)


def _probe_state(circuit: Circuit, model: SensingModel) -> np.ndarray:
    """The probe's state vector, or its density matrix under preparation noise."""
    if model.preparation_noise is None:
        return circuit_statevectors([circuit])[0]
    return circuit_density_matrices([circuit], model.preparation_noise)[0]


def _times(args, model: SensingModel) -> np.ndarray:
    """The sensing times: --times (finite, > 0, strictly increasing) or the geometric grid; either
    way within the phase range of the operating point."""
    if args.times is not None:
        if args.t_max is not None:
            raise VqsError("give either --times or --t-max/--points, not both")
        times = np.asarray(_parse_floats(args.times, "--times"))
        if not np.all(np.isfinite(times)) or np.any(times <= 0):
            raise VqsError(f"--times must be finite and > 0, got {args.times!r}")
        if np.any(np.diff(times) <= 0):
            raise VqsError(f"--times must be strictly increasing (no repeats), got {args.times!r}")
        return model.sensing_times(times, "--operating-point")
    if model.gamma == 0 and args.t_max is None:
        raise VqsError("with --gamma 0 the QFI grows without bound: give --t-max (or --times)")
    return default_times(model, args.points, args.t_max, key="--operating-point")


def run(args) -> int:
    circuit = _probe(args)
    model = _model(args, circuit)
    if args.engine == Engine.PENNYLANE:
        engine_capabilities(args.engine).require_per_node(model)
        require_no_ancillas(model)
        require_size(model.n_qubits, "--engine pennylane")
    times = _times(args, model)
    require_memory(model.n_wires, times.size, model.n_params)  # before any state is simulated
    check = require_continuous(model, times, {f"the probe {args.probe}": _probe_state(circuit, model)},
                               key="--operating-point")
    curve = qfi_of_circuits([circuit], model, times, engine=args.engine)
    best = {f: best_times_of_circuits([circuit], model, times, f, engine=args.engine)[0] for f in FIGURES}
    out = {
        "probe": args.probe,
        "engine": str(args.engine),
        "model": {"n_qubits": model.n_qubits, "ancillas": model.ancillas, "task": model.task, "noise": model.noise,
                  "gamma": model.gamma, "operating_point": list(model.operating_point)},
        "operating_point_check": check.to_dict(),
        "times": times.tolist(),
        "qcrb": curve.qcrb[0].tolist(),
        "t_star_per_shot": best["per_shot"].t_star,
        "t_star_per_time": best["per_time"].t_star,
        "best_per_shot": best["per_shot"].value,
        "best_per_time": best["per_time"].value,
        "t_star_per_shot_at_grid_edge": best["per_shot"].at_edge,
        "t_star_per_time_at_grid_edge": best["per_time"].at_edge,
    }
    if model.preparation_noise is not None:
        out["model"]["preparation_noise"] = list(model.preparation_noise)
    if model.local_field:
        out["model"].update(field="local", weights=list(model.function_weights))
    if model.nodes is not None:
        out["model"]["nodes"] = [{"noise": n, "gamma": g} for n, g in model.nodes]
    if model.local_field:  # the target's figure beside the full matrix (docs/model.md, "Local parameters")
        out["function_qfi"] = curve.qfi[0].tolist()
        out["identifiable"] = curve.identifiable[0].tolist()
        out["qfim"] = curve.qfim[0].tolist()
    elif model.task == "single":
        out["qfi"] = curve.qfi[0].tolist()
    else:
        out["qfim"] = curve.qfim[0].tolist()
        out.update(_holevo(circuit, model, times))
    if args.json:
        print(dumps_json(out))
        return 0
    _print_text(out, model)
    return 0


def _holevo(circuit, model: SensingModel, times) -> dict:
    """The multi task's attainable figure: HCRB, HCRB/QCRB and the weak-commutativity diagnostic at
    every time, and the best times of the HCRB figures (docs/model.md, "HCRB vs QCRB")."""
    curve = hcrb_curve(circuit, model, times)
    out = {"hcrb": [p.hcrb for p in curve], "hcrb_over_qcrb": [p.ratio for p in curve],
           "commutativity": [p.commutativity for p in curve],
           "hcrb_duality_gap": max(p.gap for p in curve)}
    for figure in HOLEVO_FIGURES:
        best = best_hcrb_time(circuit, model, times, figure, curve)
        out[f"t_star_{figure}"] = best.t_star
        out[f"best_{figure}"] = best.value
        out[f"t_star_{figure}_at_grid_edge"] = best.at_edge
        out[f"{figure}_point"] = best.point.to_dict()
    return out


def _fmt(x) -> str:
    return f"{x:.6g}"


def _print_text(out: dict, model: SensingModel) -> None:
    print(f"probe {out['probe']}: {model.describe()} (engine {out['engine']})")
    if model.local_field:
        print(f"{'t':>12} {'QFI of w.theta':>16} {'w^T F^+ w':>14}  identifiable")
        for t, f, q, ok in zip(out["times"], out["function_qfi"], out["qcrb"], out["identifiable"]):
            print(f"{t:12.6g} {f:16.6g} {_fmt(q):>14}  {'yes' if ok else 'no (w outside the range of F)'}")
        unit = "QFI of w.theta"
    elif model.task == "single":
        print(f"{'t':>12} {'QFI':>14} {'QCRB':>14}")
        for t, f, q in zip(out["times"], out["qfi"], out["qcrb"]):
            print(f"{t:12.6g} {f:14.6g} {_fmt(q):>14}")
        unit = "QFI"
    else:
        print(f"{'t':>12} {'QCRB':>14} {'HCRB':>14} {'HCRB/QCRB':>10} {'commut.':>10}   QFIM diagonal "
              f"({', '.join(model.param_names)})")
        rows = zip(out["times"], out["qfim"], out["qcrb"], out["hcrb"], out["hcrb_over_qcrb"], out["commutativity"])
        for t, f, q, h, ratio, comm in rows:
            diag = ", ".join(f"{f[i][i]:.6g}" for i in range(len(f)))
            print(f"{t:12.6g} {_fmt(q):>14} {_fmt(h):>14} {_fmt(ratio):>10} {_fmt(comm):>10}   {diag}")
        unit = "1/QCRB"
    rows = (("per_shot", "best per shot:     ", unit), ("per_time", "best per unit time:", unit + "/t"))
    for figure, label, what in rows:
        edge = ("  (t* is at an end of the time grid: a supremum over the grid, not an interior optimum; "
                "widen it with --t-max)") if out[f"t_star_{figure}_at_grid_edge"] else ""
        print(f"{label} {what} = {out[f'best_{figure}']:.8g} at t* = {out[f't_star_{figure}']:.8g}{edge}")
    if model.task != "single":
        print("commut. = max_ij |Tr(rho [L_i, L_j])| / ||F||: 0 where the SLD bound (QCRB) is attainable; "
              f"HCRB duality gap <= {out['hcrb_duality_gap']:.1e} (relative)")
        rows = (("hcrb_per_shot", "best HCRB per shot:     ", "1/HCRB"),
                ("hcrb_per_time", "best HCRB per unit time:", "1/(t HCRB)"))
        for figure, label, what in rows:
            p = out[f"{figure}_point"]
            edge = "  (t* at an end of the time grid)" if out[f"t_star_{figure}_at_grid_edge"] else ""
            print(f"{label} {what} = {out[f'best_{figure}']:.8g} at t* = {out[f't_star_{figure}']:.8g}: HCRB "
                  f"{p['hcrb']:.8g}, QCRB {p['qcrb']:.8g} (x{p['hcrb_over_qcrb']:.4f}){edge}")
