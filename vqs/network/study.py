"""The Fig. 4 study of seed 002: satellite versus fiber links for teleported sensing probes.

For every BS-SN distance and link type: the raw link (rate, Werner fidelity), ``k`` rounds of
purification on it (fidelity of the Bell-diagonal output, rate times the yield), and the best
QFI over sensing time of the transmitted N-qubit GHZ probe and (when given) a VQS circuit: qubit
0 stays at the BS, qubits 1..N-1 are teleported through the link (a Pauli channel, see
:mod:`vqs.network.teleport`), optionally back again, around the core sensing model.

Crossovers (where the satellite overtakes the fiber chain in fidelity or in rate) are found by
bisection on the continuous link models, independently of the plotting grid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ansatz import Circuit
from vqs.errors import VqsError
from vqs.network.config import NetworkConfig
from vqs.network.fiber import fiber_chain
from vqs.network.purification import purify, werner
from vqs.network.satellite import coverage_limit_km, dual_downlink
from vqs.network.teleport import teleport_maps_bell

CSV_COLUMNS = (
    "distance_km", "link", "rounds", "rate_hz", "fidelity", "in_range",
    "qfi_best_ghz", "t_best_ghz", "qfi_best_vqs", "t_best_vqs",
)


@dataclass
class StudyResult:
    rows: list[dict] = field(default_factory=list)
    crossovers: dict = field(default_factory=dict)
    coverage_limit_km: float | None = None
    times: np.ndarray | None = None


def link_curves(cfg: NetworkConfig, distances: np.ndarray) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(rate, fidelity, in_range) of each configured link type at each distance."""
    out = {}
    if "fiber" in cfg.links:
        r = fiber_chain(distances, cfg.fiber.params())
        out["fiber"] = (r.rate_hz, r.fidelity, np.ones_like(distances, dtype=bool))
    if "satellite" in cfg.links:
        r = dual_downlink(distances, cfg.satellite.params())
        out["satellite"] = (r.rate_hz, r.fidelity, r.in_view)
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


def crossovers(cfg: NetworkConfig, lo: float = 1.0, hi: float | None = None, points: int = 4000) -> dict:
    """Distances (km) where satellite minus fiber changes sign, in fidelity and in log-rate.

    Searched on (lo, min(hi, coverage limit)). Each entry lists the crossing distances and which
    link is ahead just above ``lo``.
    """
    if not {"fiber", "satellite"} <= set(cfg.links):
        return {}
    sat = cfg.satellite.params()
    fib = cfg.fiber.params()
    limit = coverage_limit_km(sat)
    hi = limit if hi is None else min(hi, limit)
    grid = np.geomspace(lo, hi * (1 - 1e-9), points)

    def d_fid(x):
        return float(dual_downlink([x], sat).fidelity[0] - fiber_chain([x], fib).fidelity[0])

    def d_rate(x):
        with np.errstate(divide="ignore"):
            return float(np.log(dual_downlink([x], sat).rate_hz[0]) - np.log(fiber_chain([x], fib).rate_hz[0]))

    res = {"coverage_limit_km": limit, "search_km": [lo, hi]}
    for name, fn, vec in (
        ("fidelity", d_fid, lambda g: dual_downlink(g, sat).fidelity - fiber_chain(g, fib).fidelity),
        ("rate", d_rate, lambda g: np.log(dual_downlink(g, sat).rate_hz) - np.log(fiber_chain(g, fib).rate_hz)),
    ):
        with np.errstate(divide="ignore", invalid="ignore"):
            v = vec(grid)
        s = np.sign(v)
        idx = np.nonzero(s[:-1] * s[1:] < 0)[0]
        res[name] = {
            "crossings_km": [round(float(_bisect(fn, grid[i], grid[i + 1])), 3) for i in idx],
            "ahead_at_start": "satellite" if s[0] > 0 else "fiber",
        }
    return res


def load_probes(cfg: NetworkConfig) -> list[tuple[str, Circuit]]:
    """GHZ always; the VQS circuit from ``probe.circuit`` when set (clear error if missing)."""
    n = cfg.probe.n_qubits
    probes = [("ghz", Circuit(n, (), "ghz"))]
    if cfg.probe.circuit is not None:
        from pathlib import Path

        path = Path(cfg.probe.circuit)
        if not path.is_file():
            raise VqsError(f"probe.circuit: no circuit file at {path}")
        circ = Circuit.load(path)
        if circ.n_qubits != n:
            raise VqsError(f"probe.circuit {path} has {circ.n_qubits} qubits, probe.n_qubits is {n}")
        probes.append(("vqs", circ))
    return probes


def run_study(cfg: NetworkConfig, progress=None) -> StudyResult:
    """Evaluate links, purification and teleported-probe QFI on the configured grid."""
    from vqs.model import SensingModel
    from vqs.qfi import default_times, qfi_of_circuits

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
    for link, (rate, fid, ok) in curves.items():
        for i, dist in enumerate(distances):
            for k in cfg.purification.rounds:
                row = {"distance_km": float(dist), "link": link, "rounds": k, "in_range": bool(ok[i])}
                if not ok[i] or not np.isfinite(fid[i]):
                    row.update(rate_hz=0.0, fidelity=float("nan"))
                    row.update({c: float("nan") for c in CSV_COLUMNS[6:]})
                    result.rows.append(row)
                    continue
                f0 = float(min(max(fid[i], 0.0), 1.0))
                last = purify(werner(f0), k, cfg.purification.protocol)[-1]
                row.update(rate_hz=float(rate[i] * last.yield_), fidelity=last.fidelity)
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
        result.coverage_limit_km = coverage_limit_km(cfg.satellite.params())
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


def plot(result: StudyResult, cfg: NetworkConfig) -> bytes:
    """Fig. 4: rate, fidelity and best QFI of the transmitted probes vs distance (PNG bytes)."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4.5))
    colors = {"fiber": "tab:blue", "satellite": "tab:red"}
    styles = ["-", "--", ":", "-."]
    has_vqs = cfg.probe.circuit is not None
    for link in cfg.links:
        for j, k in enumerate(cfg.purification.rounds):
            sel = [r for r in result.rows if r["link"] == link and r["rounds"] == k and r["in_range"]]
            if not sel:
                continue
            x = np.array([r["distance_km"] for r in sel])
            ls = styles[j % len(styles)]
            lab = f"{link}, {k} round{'s' if k != 1 else ''}"
            axes[0].semilogy(x, [max(r["rate_hz"], 1e-300) for r in sel], ls, color=colors[link], label=lab)
            axes[1].plot(x, [r["fidelity"] for r in sel], ls, color=colors[link], label=lab)
            axes[2].plot(x, [r["qfi_best_ghz"] for r in sel], ls, color=colors[link], label=f"GHZ, {lab}")
            if has_vqs:
                axes[2].plot(x, [r["qfi_best_vqs"] for r in sel], ls, color=colors[link], alpha=0.5,
                             marker=".", label=f"VQS, {lab}")
    axes[0].set_ylabel("entanglement rate (pairs/s)")
    axes[1].set_ylabel("link fidelity")
    axes[2].set_ylabel(f"best QFI over t (N={cfg.probe.n_qubits}, {cfg.probe.noise}, gamma={cfg.probe.gamma})")
    for ax in axes:
        ax.set_xlabel("BS-SN distance (km)")
        ax.grid(alpha=0.3)
    if result.coverage_limit_km is not None:
        for ax in axes:
            ax.axvline(result.coverage_limit_km, color="gray", lw=0.8, ls=":")
    axes[1].legend(fontsize=7)
    axes[2].legend(fontsize=6)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=120)
    plt.close(fig)
    return buf.getvalue()
