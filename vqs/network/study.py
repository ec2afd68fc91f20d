"""The Fig. 4 study of seed 002: satellite versus fiber links for teleported sensing probes.

For every BS-SN distance and link type: the raw link (rate, Werner fidelity), ``k`` rounds of
purification on it (fidelity of the Bell-diagonal output, rate times the yield), and the best
QFI over sensing time of the transmitted N-qubit GHZ probe and (when given) a VQS circuit: qubit
0 stays at the BS, qubits 1..N-1 are teleported through the link (a Pauli channel, see
:mod:`vqs.network.teleport`), optionally back again, around the core sensing model.

The satellite has two rates: instantaneous (satellite over the midpoint) and time-averaged over
passes (``satellite.duty_cycle``, see :mod:`vqs.network.satellite`); the fiber chain is always on,
so its two rates are equal. Fidelity and QFI use the instantaneous (overhead) satellite state.

Crossovers (where the satellite overtakes the fiber chain in fidelity, instantaneous rate or
time-averaged rate) are found by bisection on the continuous link models, independently of the
plotting grid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ansatz import Circuit
from ansatz.io import load_circuit
from vqs.errors import VqsError
from vqs.network.config import NetworkConfig
from vqs.network.fiber import fiber_chain
from vqs.network.purification import purify, werner
from vqs.network.satellite import coverage_limit_km, dual_downlink, time_averaged_rate
from vqs.network.teleport import teleport_maps_bell
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times, qfi_of_circuits

QFI_COLUMNS = ("qfi_best_ghz", "t_best_ghz", "qfi_best_vqs", "t_best_vqs")
CSV_COLUMNS = ("distance_km", "link", "rounds", "rate_hz", "rate_avg_hz", "fidelity", "in_range", *QFI_COLUMNS)


@dataclass
class StudyResult:
    rows: list[dict] = field(default_factory=list)
    crossovers: dict = field(default_factory=dict)
    coverage_limit_km: float | None = None
    times: np.ndarray | None = None


def link_curves(cfg: NetworkConfig, distances: np.ndarray) -> dict[str, tuple[np.ndarray, ...]]:
    """(instantaneous rate, time-averaged rate, fidelity, in_range) of each link at each distance."""
    out = {}
    if "fiber" in cfg.links:
        r = fiber_chain(distances, cfg.fiber.params())
        out["fiber"] = (r.rate_hz, r.rate_hz, r.fidelity, np.ones_like(distances, dtype=bool))
    if "satellite" in cfg.links:
        r = dual_downlink(distances, cfg.satellite.params(cfg.fiber))
        out["satellite"] = (r.rate_hz, r.rate_avg_hz, r.fidelity, r.in_view)
    return out


def _bisect(fn, a: float, b: float) -> float:
    fa = fn(a)
    for _ in range(200):
        m = 0.5 * (a + b)
        fm = fn(m)
        if np.sign(fm) == np.sign(fa):
            a, fa = m, fm
        else:
            b = m
        if b - a < 1e-6:
            break
    return 0.5 * (a + b)


def _log_ratio(a, b):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log(a) - np.log(b)


def crossovers(cfg: NetworkConfig, lo: float = 1.0, hi: float | None = None, points: int = 4000) -> dict:
    """Distances (km) where satellite minus fiber changes sign: in fidelity, in log instantaneous
    rate and in log time-averaged rate.

    Searched on (lo, min(hi, coverage limit)). Each entry lists the crossing distances and which
    link is ahead just above ``lo``.
    """
    if not {"fiber", "satellite"} <= set(cfg.links):
        return {}
    sat = cfg.satellite.params(cfg.fiber)
    fib = cfg.fiber.params()
    limit = coverage_limit_km(sat)
    hi = limit if hi is None else min(hi, limit)
    grid = np.geomspace(lo, hi * (1 - 1e-9), points)
    differences = {
        "fidelity": lambda g: dual_downlink(g, sat).fidelity - fiber_chain(g, fib).fidelity,
        "rate": lambda g: _log_ratio(dual_downlink(g, sat).rate_hz, fiber_chain(g, fib).rate_hz),
        "rate_time_averaged": lambda g: _log_ratio(time_averaged_rate(g, sat), fiber_chain(g, fib).rate_hz),
    }
    res = {"coverage_limit_km": limit, "search_km": [lo, hi], "duty_cycle": sat.duty_cycle}
    for name, vec in differences.items():
        v = vec(grid)
        s = np.sign(v)
        idx = np.nonzero(s[:-1] * s[1:] < 0)[0]
        res[name] = {
            "crossings_km": [
                round(float(_bisect(lambda x, vec=vec: float(vec(np.array([x]))[0]), grid[i], grid[i + 1])), 3)
                for i in idx
            ],
            "ahead_at_start": "satellite" if s[0] > 0 else "fiber",
        }
    return res


def load_probes(cfg: NetworkConfig) -> list[tuple[str, Circuit]]:
    """GHZ always; the VQS circuit from ``probe.circuit`` when set (clear error if missing)."""
    n = cfg.probe.n_qubits
    probes = [("ghz", Circuit(n, (), "ghz"))]
    if cfg.probe.circuit is not None:
        path = Path(cfg.probe.circuit)
        if not path.is_file():
            raise VqsError(f"probe.circuit: no circuit file at {path}")
        circ = load_circuit(path)
        if circ.n_qubits != n:
            raise VqsError(f"probe.circuit {path} has {circ.n_qubits} qubits, probe.n_qubits is {n}")
        probes.append(("vqs", circ))
    return probes


def run_study(cfg: NetworkConfig, progress=None) -> StudyResult:
    """Evaluate links, purification and teleported-probe QFI on the configured grid."""

    distances = cfg.distances_km.values()
    probes = load_probes(cfg)
    p = cfg.probe
    model = SensingModel(n_qubits=p.n_qubits, task="single", noise=p.noise, gamma=p.gamma)
    if p.t_max is None and p.gamma <= 0:
        raise VqsError("probe.t_max is needed when gamma = 0")
    times = default_times(model, points=p.time_points, t_max=p.t_max)
    circuits = [c for _, c in probes]
    curves = link_curves(cfg, distances)
    result = StudyResult(times=times)
    cache: dict[tuple, tuple] = {}
    for link, (rate, rate_avg, fid, ok) in curves.items():
        for i, dist in enumerate(distances):
            for k in cfg.purification.rounds:
                row = {"distance_km": float(dist), "link": link, "rounds": k, "in_range": bool(ok[i])}
                if not ok[i] or not np.isfinite(fid[i]):
                    row.update(rate_hz=0.0, rate_avg_hz=0.0, fidelity=float("nan"))
                    row.update({c: float("nan") for c in QFI_COLUMNS})
                    result.rows.append(row)
                    continue
                f0 = float(min(max(fid[i], 0.0), 1.0))
                last = purify(werner(f0), k, cfg.purification.protocol)[-1]
                row.update(rate_hz=float(rate[i] * last.yield_), rate_avg_hz=float(rate_avg[i] * last.yield_),
                           fidelity=last.fidelity)
                key = tuple(np.round(last.coefficients, 12))
                if key not in cache:
                    pre, post = teleport_maps_bell(p.n_qubits, last.coefficients, p.round_trip)
                    q = qfi_of_circuits(circuits, model, times, pre=pre, post=post).qfi
                    best = np.argmax(q, axis=1)
                    cache[key] = tuple((float(q[b, best[b]]), float(times[best[b]])) for b in range(len(circuits)))
                vals = cache[key]
                row["qfi_best_ghz"], row["t_best_ghz"] = vals[0]
                if len(vals) > 1:
                    row["qfi_best_vqs"], row["t_best_vqs"] = vals[1]
                else:
                    row["qfi_best_vqs"] = row["t_best_vqs"] = float("nan")
                result.rows.append(row)
            if progress is not None:
                progress(link, i, len(distances))
    result.crossovers = crossovers(cfg)
    if "satellite" in cfg.links:
        result.coverage_limit_km = coverage_limit_km(cfg.satellite.params(cfg.fiber))
    return result


def rows_to_csv(rows: list[dict]) -> str:
    lines = [",".join(CSV_COLUMNS)]
    for r in rows:
        vals = []
        for c in CSV_COLUMNS:
            v = r[c]
            if isinstance(v, bool):
                vals.append("1" if v else "0")
            elif isinstance(v, float):
                vals.append(repr(v) if np.isfinite(v) else "nan")
            else:
                vals.append(str(v))
        lines.append(",".join(vals))
    return "\n".join(lines) + "\n"
