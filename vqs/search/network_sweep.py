"""Fig. 4, integrated: a probe designed for the network at each distance (``vqs network --design``).

For each link and protocol, the nodes (all N at the same distance) are swept over ``distances_km``
in order; each distance is a full ``vqs run`` (the sweep config's ``run`` section with the network
section filled in), warm-started from the previous distance's run (``warm_start: true``; the first
distance has none), and then (``back_pass: true``) once more from the next farther distance's best
probe, beside GHZ over the same links. The distributed protocol scores the run's figure of merit (QFI); the remote
protocol its local-CFI counterpart (each node reads out locally). For the distributed protocol an
estimate of the best probe for that channel (the see-saw optimum with the composed channel, many
starts: :func:`vqs.physics.optimum.certificate.optimal_over_time`) sits beside it; for the remote
protocol that QFI optimum is an upper bound on the local CFI. ``cold: true`` also runs every
distance without the warm start (same seed) and records how many evaluations each needed to come
within 1% of the cold run's figure (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path
from typing import Literal

from pydantic import Field

from vqs.config import Strict
from vqs.errors import VqsError
from vqs.names import Figure
from vqs.network.config import NetworkConfig
from vqs.physics.optimum.certificate import optimal_over_time
from vqs.search.pipeline import run as run_pipeline
from vqs.search.schema import parse_config

COLUMNS = ("link", "protocol", "distance_km", "start", "warm_from_km", "werner", "figure_of_merit", "vqs", "ghz",
           "vqs_over_ghz", "optimum", "vqs_over_optimum", "evaluations", "evaluations_to_1pct", "wall_time_s",
           "run_dir")
_LOCAL = {Figure.PER_SHOT: Figure.LOCAL_CFI_PER_SHOT, Figure.PER_TIME: Figure.LOCAL_CFI_PER_TIME}


class DesignSweep(Strict):
    """The designed-probe sweep of ``vqs network CONFIG --design SWEEP.yaml``."""

    run: dict = Field(description="a vqs run config (its model has no network: the sweep sets it per distance)")
    distances_km: list[float] = Field(min_length=1, description="the distances, swept in this order")
    links: list[Literal["fiber", "satellite"]] = Field(default_factory=lambda: ["fiber", "satellite"],
                                                       description="the links to sweep")
    protocols: list[Literal["distributed", "remote"]] = Field(
        default_factory=lambda: ["distributed", "remote"], description="the protocols to sweep")
    warm_start: bool = Field(default=True, description="start each distance from the previous distance's probe")
    cold: bool = Field(default=False, description="also run each distance cold (no warm start), same seed")
    back_pass: bool = Field(default=True, description="then sweep back: each distance once more, warm-started from "
                            "the next farther distance's best probe")
    optimum_starts: int = Field(default=6, ge=2, le=1000, description="see-saw starts of the best-probe estimate")


def _config(sweep: DesignSweep, net: NetworkConfig, link: str, protocol: str, km: float, warm: str | None):
    raw = dict(sweep.run)
    model = dict(raw.get("model") or {})
    n = int(model.get("n_qubits", 0))
    model["network"] = {"protocol": protocol, "distances_km": [km] * n, "links": [link], "rounds": [0],
                        "fiber": net.fiber.model_dump(mode="json"), "satellite": net.satellite.model_dump(mode="json")}
    figure = Figure(raw.get("figure_of_merit", Figure.PER_SHOT))
    if protocol == "remote":
        figure = _LOCAL.get(figure, figure)
    raw |= {"model": model, "figure_of_merit": str(figure), "warm_start": warm,
            "name": f"{link}_{protocol}_{km:g}km"}
    return parse_config(raw, "the sweep's run section")


def check_sweep(sweep: DesignSweep, net: NetworkConfig) -> None:
    """Validate the run section once (the first link, protocol and distance) before anything runs."""
    _config(sweep, net, sweep.links[0], sweep.protocols[0], sweep.distances_km[0], None)


def _evaluations_to(history_csv: Path, target: float) -> int | None:
    """Evaluations until the search's best came within 1% of ``target`` (None: not during the search)."""
    total = 0
    with open(history_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            total += int(row["n_evaluated"])
            if float(row["best"]) >= 0.99 * target:
                return total
    return None


def run_sweep(sweep: DesignSweep, net: NetworkConfig, out: Path, progress=None, on_rows=None) -> list[dict]:
    """Every (link, protocol, distance): warm from the previous distance (and cold when asked), then
    with ``back_pass`` once more from the next farther distance's best; one row each (:data:`COLUMNS`);
    ``on_rows(rows)`` after every run (the CLI writes designed.csv as it goes)."""
    rows: list[dict] = []
    for link in sweep.links:
        for protocol in sweep.protocols:
            best: dict[float, tuple[float, Path]] = {}  # distance -> (figure, run dir) of its best run
            targets: dict[float, float] = {}
            optima: dict[float, float | None] = {}
            kms = list(sweep.distances_km)
            previous = None
            for km in kms:
                starts = (["warm"] if sweep.warm_start else []) + (["cold"] if sweep.cold or not sweep.warm_start
                                                                   else [])
                done = {}
                for start in starts:
                    source = previous if start == "warm" else None
                    entry = _one(sweep, net, link, protocol, km, start, source, out, progress)
                    if entry is None:
                        break
                    done[start] = entry
                if not done:
                    continue
                targets[km] = max(r.vqs.best for _, r, _, _, _ in done.values())
                optima[km] = _optimum(next(iter(done.values()))[0], sweep.optimum_starts)
                for start, entry in done.items():
                    rows.append(_row(link, protocol, km, start, entry, optima[km], targets[km], progress))
                first = done.get("warm", done.get("cold"))
                best[km] = max((e[1].vqs.best, e[2]) for e in done.values())
                previous = (km, first[2])
                if on_rows is not None:
                    on_rows(rows)
            if sweep.back_pass and sweep.warm_start:
                done_kms = [km for km in kms if km in best]
                for near, far in reversed(list(zip(done_kms[:-1], done_kms[1:]))):
                    entry = _one(sweep, net, link, protocol, near, "back", (far, best[far][1]), out, progress)
                    if entry is None:
                        continue
                    rows.append(_row(link, protocol, near, "back", entry, optima[near], targets[near], progress))
                    best[near] = max(best[near], (entry[1].vqs.best, entry[2]))
                    if on_rows is not None:
                        on_rows(rows)
    return rows


def _one(sweep, net, link, protocol, km, start, source, out: Path, progress):
    """One run: (config, result, run dir, wall time, the distance it was warm-started from or None)."""
    try:
        config = _config(sweep, net, link, protocol, km, None if source is None else str(source[1]))
    except VqsError as err:  # e.g. beyond the satellite's coverage
        if progress:
            progress(f"{link} {protocol} {km:g} km: skipped ({err})")
        return None
    where = out / f"{link}_{protocol}" / f"{km:g}km_{start}"
    began = time.perf_counter()
    result = run_pipeline(config, where)
    return config, result, where, time.perf_counter() - began, None if source is None else source[0]


def _row(link, protocol, km, start, entry, optimum, target, progress) -> dict:
    _, result, where, wall, source = entry
    if progress:
        progress(f"{link} {protocol} {km:g} km ({start}{'' if source is None else f' from {source:g} km'}): VQS "
                 f"{result.vqs.best:.6g}, GHZ {result.ghz.best:.6g}, optimum {optimum or float('nan'):.6g}, "
                 f"{wall:.0f} s")
    return {"link": link, "protocol": protocol, "distance_km": km, "start": start, "warm_from_km": source,
            "werner": result.werner["out"][0], "figure_of_merit": result.figure_of_merit, "vqs": result.vqs.best,
            "ghz": result.ghz.best, "vqs_over_ghz": result.vqs_over_ghz, "optimum": optimum,
            "vqs_over_optimum": None if not optimum else result.vqs.best / optimum,
            "evaluations": result.search["evaluations"],
            "evaluations_to_1pct": _evaluations_to(where / "history.csv", target), "wall_time_s": wall,
            "run_dir": str(where)}


def _optimum(config, starts: int) -> float:
    """The see-saw estimate of the best probe's figure (the QFI one; for the remote protocol an upper
    bound on the local CFI) for the run's composed channel."""
    model = config.model.build()
    grid = config.time_grid.times(model)
    figure = Figure(config.figure_of_merit)
    base = "per_time" if figure in (Figure.PER_TIME, Figure.LOCAL_CFI_PER_TIME) else "per_shot"
    return float(optimal_over_time(model, grid, base, starts=starts, seed=config.seed).value)


def rows_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row[k] is None else row[k]) for k in COLUMNS})
    return buf.getvalue()
