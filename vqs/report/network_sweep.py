"""Fig. 4, integrated: a probe designed for the network at each distance (``vqs network --design``).

For each link and protocol, the nodes (all N at the same distance) are swept over ``distances_km``
in order; each distance is a full ``vqs run`` (the sweep config's ``run`` section with the network
section filled in), warm-started from the previous distance's run (``warm_start: true``; the first
distance has none), and then (``back_pass: true``) once more from the next farther distance's best
probe, beside GHZ over the same links. The distributed protocol scores the run's figure of merit
(QFI); the remote protocol its local-CFI counterpart (each node reads out locally). Beside every
distance (:func:`vqs.report.network_cells.cell_limits`): the see-saw optimum of the QFI figure, the
channel-extension bound on it, and an estimate of the best probe for the cell's own figure (the
see-saw optimum for the distributed protocol; for the remote protocol the best local-CFI figure
over input states, local readouts and time, started also from the designed probes). ``cold: true``
also runs every distance without the warm start (same seed) and records how many evaluations each
needed to come within 1% of the cold run's figure (benchmarks/RESULTS.md).

The warm-start chain along the distances is sequential, so one (link, protocol) chain is the unit
of work: :func:`run_sweep` runs the chains through :func:`vqs.report.executors.run_jobs` (local
processes or Ray, as ``vqs table``). A finished chain writes ``rows.json`` in its folder; with
``resume`` a finished chain is kept and an unfinished one goes on, each finished run kept
(``vqs run --resume``).
"""

from __future__ import annotations

import csv
import io
import sys
import time
from pathlib import Path
from typing import Literal

from pydantic import Field

from vqs.config import Strict
from vqs.errors import VqsError
from vqs.io import atomic_write_json, read_json
from vqs.names import Figure
from vqs.report.executors import run_jobs
from vqs.report.network_cells import cell_limits
from vqs.search.pipeline import run as run_pipeline
from vqs.search.rundir import RunDir
from vqs.search.schema import parse_config

COLUMNS = ("link", "protocol", "distance_km", "start", "warm_from_km", "werner", "figure_of_merit", "vqs", "ghz",
           "vqs_over_ghz", "optimum", "vqs_over_optimum", "estimate", "estimate_kind", "vqs_over_estimate", "bound",
           "vqs_over_bound", "evaluations", "evaluations_to_1pct", "wall_time_s", "run_dir")
CHAIN_ROWS = "rows.json"
"""A finished (link, protocol) chain's rows, in its folder ``<out>/<link>_<protocol>/``."""
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
    optimum_starts: int = Field(default=6, ge=2, le=1000, description="built-in starts of the see-saw optimum and of "
                                "the remote protocol's local-readout estimate (GHZ, |+>^N, then seeded random states)")


def link_settings(net) -> dict:
    """The link models' settings of a ``vqs network`` config (:class:`vqs.network.config.NetworkConfig`),
    as plain data: ``{"fiber": {...}, "satellite": {...}}``, what every run's network section takes."""
    return {"fiber": net.fiber.model_dump(mode="json"), "satellite": net.satellite.model_dump(mode="json")}


def _config(sweep: DesignSweep, net: dict, link: str, protocol: str, km: float, warm: str | None):
    raw = dict(sweep.run)
    model = dict(raw.get("model") or {})
    n = int(model.get("n_qubits", 0))
    model["network"] = {"protocol": protocol, "distances_km": [km] * n, "links": [link], "rounds": [0],
                        "fiber": net["fiber"], "satellite": net["satellite"]}
    figure = Figure(raw.get("figure_of_merit", Figure.PER_SHOT))
    if protocol == "remote":
        figure = _LOCAL.get(figure, figure)
    raw |= {"model": model, "figure_of_merit": str(figure), "warm_start": warm,
            "name": f"{link}_{protocol}_{km:g}km"}
    return parse_config(raw, "the sweep's run section")


def check_sweep(sweep: DesignSweep, net: dict) -> None:
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


def run_sweep(sweep: DesignSweep, net: dict, out: Path, progress=None, on_rows=None, *,
              executor: str = "local", workers: int = 1, address: str | None = None,
              resume: bool = False) -> list[dict]:
    """Every (link, protocol) chain through the executor (:func:`vqs.report.executors.run_jobs`), one
    job each; one row per run (:data:`COLUMNS`), in link and protocol order. ``on_rows(rows)`` as each
    chain finishes (the CLI writes designed.csv as it goes); ``progress(line)`` per chain (the workers
    print a line per run and per distance's limits on stderr). With ``resume``, chains with a
    ``rows.json`` are kept."""
    jobs = [{"sweep": sweep.model_dump(mode="json"), "net": net, "link": link,
             "protocol": protocol, "out": str(out), "progress": progress is not None, "resume": resume}
            for link in sweep.links for protocol in sweep.protocols]
    done: dict[tuple[str, str], list[dict]] = {}
    todo = []
    for job in jobs:
        kept = Path(out) / f"{job['link']}_{job['protocol']}" / CHAIN_ROWS
        if resume and kept.is_file():
            done[(job["link"], job["protocol"])] = read_json(kept)
            if progress:
                progress(f"{job['link']} {job['protocol']}: finished earlier, kept ({kept})")
        else:
            todo.append(job)

    def ordered() -> list[dict]:
        return [r for job in jobs for r in done.get((job["link"], job["protocol"]), [])]

    def on_done(res: dict) -> None:
        done[(res["link"], res["protocol"])] = res["rows"]
        if progress:
            progress(f"{res['link']} {res['protocol']}: chain done ({len(done)} of {len(jobs)} chains)")
        if on_rows is not None:
            on_rows(ordered())

    if progress and todo:
        progress(f"{len(todo)} chain(s) to run, {executor} executor, {workers} worker(s)")
    run_jobs(run_chain, todo, executor=executor, workers=workers, address=address, on_done=on_done)
    return ordered()


def run_chain(job: dict) -> dict:
    """One (link, protocol) chain: every distance warm from the previous one (and cold when asked), then
    with ``back_pass`` once more from the next farther distance's best; then the limits of every
    distance (:func:`vqs.report.network_cells.cell_limits`, the designed probes among the estimate's
    starts). Writes the chain's ``rows.json``; returns ``{"link", "protocol", "rows"}``. A module-level
    function of plain data: an executor job."""
    sweep, net = DesignSweep.model_validate(job["sweep"]), job["net"]
    link, protocol, out, resume = job["link"], job["protocol"], Path(job["out"]), job["resume"]

    def progress(line: str) -> None:
        if job["progress"]:
            print(f"vqs network: {line}", file=sys.stderr, flush=True)

    runs: list[tuple[float, str, tuple]] = []  # (distance, start, entry) in the order run
    best: dict[float, tuple[float, Path]] = {}  # distance -> (figure, run dir) of its best run
    targets: dict[float, float] = {}
    kms = list(sweep.distances_km)
    previous = None
    for km in kms:
        starts = (["warm"] if sweep.warm_start else []) + (["cold"] if sweep.cold or not sweep.warm_start else [])
        done = {}
        for start in starts:
            entry = _one(sweep, net, link, protocol, km, start, previous if start == "warm" else None, out,
                         progress, resume)
            if entry is None:
                break
            done[start] = entry
        if not done:
            continue
        targets[km] = max(e[1].vqs.best for e in done.values())
        runs += [(km, start, entry) for start, entry in done.items()]
        best[km] = max((e[1].vqs.best, e[2]) for e in done.values())
        previous = (km, done.get("warm", done.get("cold"))[2])
    if sweep.back_pass and sweep.warm_start:
        done_kms = [km for km in kms if km in best]
        for near, far in reversed(list(zip(done_kms[:-1], done_kms[1:]))):
            entry = _one(sweep, net, link, protocol, near, "back", (far, best[far][1]), out, progress, resume)
            if entry is not None:
                runs.append((near, "back", entry))
                best[near] = max(best[near], (entry[1].vqs.best, entry[2]))
    limits = {}
    for km in targets:
        mine = [e for k, _, e in runs if k == km]
        probes = [(RunDir(e[2]).read_circuit(), e[1].vqs.t_star) for e in mine]
        lim = limits[km] = cell_limits(mine[0][0], probes, sweep.optimum_starts)
        progress(f"{link} {protocol} {km:g} km: estimate {lim['estimate']:.6g} ({lim['estimate_kind']}), "
                 f"QFI optimum {lim['optimum']:.6g}, bound {lim['bound']:.6g}")
    rows = [_row(link, protocol, km, start, entry, limits[km], targets[km]) for km, start, entry in runs]
    folder = out / f"{link}_{protocol}"
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_json(folder / CHAIN_ROWS, rows)
    return {"link": link, "protocol": protocol, "rows": rows}


def _one(sweep, net, link, protocol, km, start, source, out: Path, progress, resume: bool = False):
    """One run: (config, result, run dir, wall time, the distance it was warm-started from or None);
    with ``resume`` a run directory that holds this run is resumed (a finished one is read back)."""
    try:
        config = _config(sweep, net, link, protocol, km, None if source is None else str(source[1]))
    except VqsError as err:  # e.g. beyond the satellite's coverage
        progress(f"{link} {protocol} {km:g} km: skipped ({err})")
        return None
    where = out / f"{link}_{protocol}" / f"{km:g}km_{start}"
    began = time.perf_counter()
    again = resume and RunDir(where).config.exists()
    result = run_pipeline(config, where, resume=again)
    wall = result.wall_time_s if again and result.wall_time_s is not None else time.perf_counter() - began
    progress(f"{link} {protocol} {km:g} km ({start}{'' if source is None else f' from {source[0]:g} km'}): VQS "
             f"{result.vqs.best:.6g}, GHZ {result.ghz.best:.6g}, {wall:.0f} s{' (resumed)' if again else ''}")
    return config, result, where, wall, None if source is None else source[0]


def _row(link, protocol, km, start, entry, limits: dict, target) -> dict:
    _, result, where, wall, source = entry
    vqs = result.vqs.best

    def ratio(x):
        return None if not x else vqs / x

    return {"link": link, "protocol": protocol, "distance_km": km, "start": start, "warm_from_km": source,
            "werner": result.werner["out"][0], "figure_of_merit": result.figure_of_merit, "vqs": vqs,
            "ghz": result.ghz.best, "vqs_over_ghz": result.vqs_over_ghz, "optimum": limits["optimum"],
            "vqs_over_optimum": ratio(limits["optimum"]), "estimate": limits["estimate"],
            "estimate_kind": limits["estimate_kind"], "vqs_over_estimate": ratio(limits["estimate"]),
            "bound": limits["bound"], "vqs_over_bound": ratio(limits["bound"]),
            "evaluations": result.search["evaluations"],
            "evaluations_to_1pct": _evaluations_to(where / "history.csv", target), "wall_time_s": wall,
            "run_dir": str(where)}


def rows_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row[k] is None else row[k]) for k in COLUMNS})
    return buf.getvalue()
