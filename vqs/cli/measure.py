"""``vqs measure RUN_DIR``: the information of measurements the sensor nodes can make, for a designed
probe at its t* and operating point (docs/measurement.md)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from vqs import _checks
from vqs.errors import VqsError
from vqs.io import atomic_write_json, atomic_write_text
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.readout.measurement import PROB_CUTOFF, MeasurementReport, Readout, measure_probe
from vqs.search.run_model import run_model
from vqs.search.rundir import RunDir, circuit_qasm


def register(sub) -> None:
    p = sub.add_parser(
        "measure",
        help="CFI of the optimal global, best local, all-X and parity readouts of a designed probe",
        description="For the probe of a vqs run directory at its t* and operating point: the QFI, the "
        "CFI of the SLD-eigenbasis measurement (global, attains the QFI), of the best local projective "
        "measurement (one Bloch direction per node, searched from seeded starts), of all-X and of the "
        "best parity readout. Writes RUN_DIR/measurement.json and RUN_DIR/measurement.qasm (the "
        "circuit followed by the best local readout).",
    )
    p.add_argument("run_dir", metavar="RUN_DIR", help="a finished vqs run directory")
    p.add_argument("--starts", type=int, default=8,
                   help="seeded random starts of the local search, besides all-X and all-Y (default 8)")
    p.add_argument("--seed", type=int, default=0, help="seed of the random starts (default 0)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def run(args) -> int:
    starts = _checks.integer("--starts", args.starts, 0)
    seed = _checks.integer("--seed", args.seed, 0)
    rd = RunDir(Path(args.run_dir)).require_finished()
    result, circuit = rd.read_result(), rd.read_circuit()
    if circuit.n_qubits != result.n_qubits + result.ancillas:
        raise VqsError(f"{rd.circuit} has {circuit.n_qubits} qubits but {rd.result} says {result.n_qubits}"
                       + (f" + {result.ancillas} ancillas" if result.ancillas else ""))
    check = result.operating_point_check or {}
    if check.get("continuous") is False:
        raise VqsError(f"{rd.result}: the QFI is discontinuous at the run's operating point (docs/model.md)")
    if result.field != "common" or result.nodes is not None:  # the readouts of one common field's QFI only
        raise VqsError(f"{rd.result}: vqs measure reads out one common field on identical nodes; this run has "
                       f"{'the local field' if result.field != 'common' else 'per-node channels'} "
                       "(docs/model.md, 'Local parameters')")
    model = run_model(result)  # preparation noise and the network's links included
    report = measure_probe(circuit, model, result.vqs.t_star, starts=starts, seed=seed)
    out = to_dict(report, model, str(rd.root), starts, seed)
    out["figure_of_merit"] = result.figure_of_merit
    atomic_write_json(rd.measurement, out)
    angles = report.local.angles
    notes = [f"readout: the best local projective measurement at t*={report.t:.8g} (vqs measure): the field "
             "and the noise act for t* after the probe gates, then per qubit rz(-phi), ry(-theta), measure "
             "(outcome 0 = along +n)",
             "local CFI " + _summary(report, report.local)]
    atomic_write_text(rd.measurement_qasm, circuit_qasm(circuit, result.to_dict(), 2, angles.tolist(), notes))
    if args.json:
        print(json.dumps(out))
    else:
        _print_table(out, report, model)
        print(f"wrote {rd.measurement}, {rd.measurement_qasm}")
    return 0


def _finite(x: float):
    return float(x) if math.isfinite(x) else None


def _bits(k: int, n: int) -> str:
    return format(k, f"0{n}b")


def readout_dict(report: MeasurementReport, r: Readout, n_qubits: int) -> dict:
    single = r.cfim.shape[0] == 1
    bits = n_qubits if r.outcomes == 2**n_qubits else 1
    out = {"name": r.name, "outcomes": r.outcomes, ("cfi" if single else "cfim"): float(r.cfim[0, 0]) if single
           else r.cfim.tolist(), "qcrb": _finite(r.qcrb), "efficiency": report.efficiency(r),
           "zero_probability_outcomes": [_bits(k, bits) for k in r.dropped],
           "singular_outcomes": [_bits(k, bits) for k in r.singular]}
    if r.angles is not None:
        out["angles"] = [{"node": q, "theta": float(a[0]), "phi": float(a[1])} for q, a in enumerate(r.angles)]
    return out


def to_dict(report: MeasurementReport, model: SensingModel, run_dir: str, starts: int, seed: int) -> dict:
    n = model.n_wires  # the readouts act on every wire, ancillas included (the last ones)
    single = model.n_params == 1
    diag = np.diag(report.qfim)
    sld_dev = max(abs(r.cfim[a, a] - diag[a]) / max(diag[a], 1e-300) for a, r in enumerate(report.sld))
    return {
        "run_dir": run_dir,
        "model": {"n_qubits": model.n_qubits, "ancillas": model.ancillas, "task": model.task, "noise": model.noise,
                  "gamma": model.gamma,
                  "operating_point": list(model.operating_point)},
        "t_star": report.t,
        ("qfi" if single else "qfim"): float(report.qfim[0, 0]) if single else report.qfim.tolist(),
        "qcrb": _finite(report.qcrb),
        "prob_cutoff": PROB_CUTOFF,
        "starts": starts,
        "seed": seed,
        "sld_check_max_relative_deviation": float(sld_dev),
        "sld": [readout_dict(report, r, n) for r in report.sld],
        "local": readout_dict(report, report.local, n),
        "all_x": readout_dict(report, report.all_x, n),
        "parity": readout_dict(report, report.parity, n),
        **({} if report.designed is None else {"designed": readout_dict(report, report.designed, n)}),
    }


def _summary(report: MeasurementReport, r: Readout) -> str:
    if r.cfim.shape[0] == 1:
        return f"{r.cfim[0, 0]:.8g} = {report.efficiency(r):.6g} x QFI {report.qfim[0, 0]:.8g}"
    return f"CCRB Tr(W C^-1) = {r.qcrb:.8g}, QCRB/CCRB = {report.efficiency(r):.6g}"


def _print_table(out: dict, report: MeasurementReport, model: SensingModel) -> None:
    single = model.n_params == 1
    print(f"probe {out['run_dir']}: {model.describe()}, at t* = {report.t:.8g}")
    value = "CFI" if single else "CCRB"
    ratio = "CFI/QFI" if single else "QCRB/CCRB"
    print(f"{'readout':<34} {'outcomes':>8} {value:>14} {ratio:>10}")
    q = f"{report.qfim[0, 0]:.8g}" if single else f"{report.qcrb:.8g}"
    print(f"{'QFI (best joint measurement)' if single else 'QCRB (quantum)':<34} {'-':>8} {q:>14} {1:>10}")
    rows = [(f"SLD eigenbasis{'' if single else f' of {p}'} (global)", r)
            for p, r in zip(model.param_names, report.sld)]
    rows += [("best local projective", report.local), ("all-X", report.all_x), (report.parity.name, report.parity)]
    if report.designed is not None:
        rows.append(("designed readout (the run's)", report.designed))
    for label, r in rows:
        v = r.cfim[0, 0] if single else r.qcrb
        print(f"{label:<34} {r.outcomes:>8} {v:>14.8g} {report.efficiency(r):>10.4g}")
    if not single:
        print("(multi task: the SLD rows read out one parameter each, their C_aa equals F_aa; "
              "2 outcomes cannot give a finite bound for 3 parameters)")
    print("best local readout per node (Bloch direction; outcome 0 = along +n):")
    for a in out["local"]["angles"]:
        print(f"  node {a['node']}: theta = {a['theta']:.6f}, phi = {a['phi']:.6f}")
    for key in ("sld", "local", "all_x", "parity", "designed"):
        entries = out.get(key, [])
        entries = entries if isinstance(entries, list) else [entries]
        for e in entries:
            if e["singular_outcomes"]:
                print(f"warning: {e['name']}: outcomes {', '.join(e['singular_outcomes'])} have p <= "
                      f"{PROB_CUTOFF:g} but a nonzero derivative: the CFI is singular at this point")
