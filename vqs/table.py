"""``vqs table``: the seed paper's Table 1 (QCRB per task, probe, N, gamma and noise) under one model.

A table config (:class:`TableConfig`, YAML, unknown keys rejected) lists tasks, noises, gammas and
node counts; every combination is a *cell*. A cell is one full ``vqs run`` (GA + refinement, GHZ
scored under exactly the same model) into ``<out>/cells/<task>_<noise>_g<gamma>_n<N>/``, plus the
*optimum* column:

* single task: the see-saw certificate of :mod:`vqs.certificate` (best QFI over all N-qubit
  input states), maximised over the sensing time with the same figure of merit;
* multi task: no certificate exists; the best of ``multi_optimum_starts`` independent L-BFGS
  optimisations over normalised input state vectors and the sensing time (GHZ, |+>^N, then seeded
  random starts). This is an upper bound *estimate* on the best probe, not a certificate.

Every QCRB in the table is ``1 / figure of merit``: per shot, QCRB = 1/max_t F(t) (single) or
min_t Tr(F^-1(t)) (multi); per unit time, QCRB = min_t t/F(t) (single) or min_t t Tr(F^-1(t)).

A cell is *finished* when its run directory holds ``result.json`` and ``optimum.json``. Re-running
into the same ``--out`` with ``--resume`` skips finished cells and resumes unfinished runs from
their checkpoints; the summary files ``<out>.csv``, ``<out>.md``, ``<out>.tex`` (siblings of the
``--out`` folder) and ``<out>/table.json`` are rewritten from all finished cells.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, field_validator, model_validator

from vqs.config import (
    GAConfigModel,
    RefineConfig,
    RunConfig,
    TimeGridConfig,
    _Strict,
    load_yaml,
    parse_config,
)
from vqs.errors import VqsError
from vqs.io import atomic_write_json, atomic_write_text
from vqs.model import PARAM_NAMES
from vqs.noise import NOISES

TABLE_FILE = "table.yaml"
OPTIMUM_FILE = "optimum.json"
CSV_COLUMNS = (
    "task", "noise", "gamma", "nodes", "operating_point", "figure_of_merit", "ghz_qcrb", "vqs_qcrb",
    "optimum_qcrb", "optimum_kind", "bound_qcrb", "vqs_over_optimum", "vqs_over_bound", "vqs_t_star",
    "ghz_t_star", "optimum_t_star", "t_star_at_grid_edge", "paper_vqs", "paper_ghz", "run_dir",
)
NOISE_SHORT = {"amplitude_damping": "AD", "bit_flip": "BF", "dephasing": "DP", "depolarizing": "DEP", "none": "none"}
OPTIMALITY_TOLERANCE = 0.01
"""A single-task cell whose VQS QCRB is more than 1% above the certified optimum is flagged."""


# --------------------------------------------------------------------------------------------
# config
# --------------------------------------------------------------------------------------------
class CellRunSettings(_Strict):
    """The per-cell ``vqs run`` settings (the RunConfig sections shared by every cell)."""

    time_grid: TimeGridConfig = TimeGridConfig()
    ga: GAConfigModel = GAConfigModel()
    refine: RefineConfig = RefineConfig()


class OptimumSettings(_Strict):
    """See-saw certificate (single task) settings, :func:`vqs.certificate.optimal_over_time`."""

    starts: int = Field(default=4, ge=1)
    seed: int = Field(default=0, ge=0)
    tol: float = Field(default=1e-9, gt=0)
    max_iter: int = Field(default=2000, ge=1)


class OperatingPoints(_Strict):
    """One operating point per task for the whole table, in units of gamma: a cell's operating
    point is these values times its gamma (docs/table.md: why gamma/10)."""

    single: list[float] = Field(default_factory=lambda: [0.1], min_length=1, max_length=1)
    multi: list[float] = Field(default_factory=lambda: [0.1, 0.1, 0.1], min_length=3, max_length=3)


class TableConfig(_Strict):
    name: str = "table1"
    seed: int = Field(default=0, ge=0, description="the seed of every cell's run (one seed for all)")
    tasks: list[Literal["single", "multi"]] = Field(default_factory=lambda: ["single", "multi"], min_length=1)
    noises: list[str] = Field(default_factory=lambda: ["amplitude_damping", "bit_flip", "dephasing"], min_length=1)
    gammas: list[float] = Field(default_factory=lambda: [0.1, 0.2], min_length=1)
    nodes: list[int] = Field(default_factory=lambda: [2, 3, 4, 5], min_length=1)
    figure_of_merit: Literal["per_shot", "per_time"] = "per_shot"
    operating_point_over_gamma: OperatingPoints = OperatingPoints()
    run: CellRunSettings = CellRunSettings()
    run_by_nodes: dict[int, dict[str, Any]] = Field(
        default_factory=dict,
        description="a documented rule by N: raw RunConfig sections merged over `run` for that N",
    )
    optimum: OptimumSettings = OptimumSettings()
    multi_optimum_starts: int = Field(default=4, ge=0, description="0 = no multi-task optimum column")
    multi_optimum_maxiter: int = Field(default=500, ge=1, description="L-BFGS iterations per start")

    @field_validator("noises")
    @classmethod
    def _known_noises(cls, v):
        bad = [x for x in v if x not in NOISES]
        if bad:
            raise ValueError(f"unknown noise {bad[0]!r}; choose from {', '.join(NOISES)}")
        if len(set(v)) != len(v):
            raise ValueError("noises must not repeat")
        return v

    @field_validator("gammas")
    @classmethod
    def _positive_gammas(cls, v):
        if any(not (math.isfinite(g) and g > 0) for g in v):
            raise ValueError("every gamma must be a finite number > 0")
        if len(set(v)) != len(v):
            raise ValueError("gammas must not repeat")
        return v

    @field_validator("nodes")
    @classmethod
    def _nodes_range(cls, v):
        if any(n < 1 or n > 10 for n in v):
            raise ValueError("nodes must lie in 1..10")
        if len(set(v)) != len(v):
            raise ValueError("nodes must not repeat")
        return v

    @field_validator("tasks")
    @classmethod
    def _unique_tasks(cls, v):
        if len(set(v)) != len(v):
            raise ValueError("tasks must not repeat")
        return v

    @model_validator(mode="after")
    def _cells_valid(self):
        extra = sorted(set(self.run_by_nodes) - set(self.nodes))
        if extra:
            raise ValueError(f"run_by_nodes names N = {extra[0]}, which is not in nodes")
        for cell in cells_of(self):  # every cell config must validate now, not hours later
            try:
                cell_config(self, cell)
            except VqsError as err:
                raise ValueError(f"cell {cell.name}: {err}") from None
        return self

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False)


@dataclass(frozen=True)
class Cell:
    task: str
    noise: str
    gamma: float
    nodes: int

    @property
    def name(self) -> str:
        return f"{self.task}_{self.noise}_g{self.gamma:g}_n{self.nodes}"


def cells_of(config: TableConfig) -> list[Cell]:
    """Every (task, noise, gamma, N) combination, in table order."""
    return [Cell(t, z, float(g), int(n)) for t in config.tasks for z in config.noises
            for g in config.gammas for n in config.nodes]


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def cell_config(config: TableConfig, cell: Cell) -> RunConfig:
    """The RunConfig of one cell: the shared ``run`` settings (plus the rule for its N)."""
    raw = config.run.model_dump(mode="json")
    raw = _merge(raw, config.run_by_nodes.get(cell.nodes, {}))
    raw.update(
        name=cell.name,
        seed=config.seed,
        figure_of_merit=config.figure_of_merit,
        model={"n_qubits": cell.nodes, "task": cell.task, "noise": cell.noise, "gamma": cell.gamma,
               "operating_point": [v * cell.gamma for v in getattr(config.operating_point_over_gamma, cell.task)]},
    )
    return parse_config(raw)


def load_table_config(path: str | Path) -> TableConfig:
    return parse_config(load_yaml(path), TableConfig)


# --------------------------------------------------------------------------------------------
# the paper's numbers
# --------------------------------------------------------------------------------------------
def paper_values() -> dict[tuple[str, str, int, float, str], float]:
    """The seed paper's Table 1, keyed by (task, probe, nodes, gamma, noise); probe VQS or GHZ."""
    text = resources.files("vqs").joinpath("data/table1_paper.csv").read_text()
    out = {}
    for row in csv.DictReader(io.StringIO(text)):
        for key, value in row.items():
            if not key.startswith("gamma"):
                continue
            g, noise = key[len("gamma"):].split("_", 1)
            out[(row["task"], row["probe"], int(row["nodes"]), float(g), noise)] = float(value)
    return out


# --------------------------------------------------------------------------------------------
# one cell (runs in a worker process: everything here must be importable and picklable)
# --------------------------------------------------------------------------------------------
def _figure_to_qcrb(value: float) -> float:
    return 1.0 / value if value > 0 else math.inf


def _multi_optimum(model, figure: str, t_guess: float, grid, starts: int, seed: int, maxiter: int = 500,
                   extra_starts=()) -> dict:
    """Best of L-BFGS optimisations of the QCRB over input states and the time (inside the grid).

    Starts: GHZ, |+>^N, seeded random states (``starts`` in all, at ``t_guess``), then every
    (state vector, time) of ``extra_starts`` (the table passes the VQS probe at its t*). L-BFGS
    never ends above its start, so the estimate is never worse than any probe it starts from.
    """
    import jax
    import jax.numpy as jnp
    import numpy as np
    import scipy.optimize

    from vqs import kernel
    from vqs.certificate import starting_states
    from vqs.qfi import _check_local_maps

    n, d = model.n_qubits, model.dim
    m = kernel.model_arrays(model)
    ident = _check_local_maps(None, n, "pre")
    t_lo, t_hi = float(grid[0]), float(grid[-1])

    def objective(x):
        psi = x[:d] + 1j * x[d : 2 * d]
        psi = psi / jnp.linalg.norm(psi)
        t = jnp.exp(x[2 * d])[None]
        rho0 = (psi[:, None] * jnp.conj(psi[None, :]))[None]
        _, q = kernel._score_from_rho0(rho0, m["dissipator"], m["fields"], m["theta0"], m["weights"],
                                       t, ident, ident, n)
        q = q[0, 0]
        q = q * t[0] if figure == "per_time" else q
        return jnp.log(q)  # log: smooth and scale-free; inf where singular

    vg = jax.jit(jax.value_and_grad(objective))

    def fun(x):
        v, g = vg(jnp.asarray(x))
        v, g = float(v), np.asarray(g, dtype=float)
        if not math.isfinite(v) or not np.all(np.isfinite(g)):
            return 1e6, np.zeros_like(g)
        return v, g

    bounds = [(None, None)] * (2 * d) + [(math.log(t_lo), math.log(t_hi))]
    values = []
    best = (math.inf, None, None)
    inits = [(psi0, t_guess) for psi0 in starting_states(n, starts, seed)] + list(extra_starts)
    for psi0, t0 in inits:
        psi0 = np.asarray(psi0, complex)
        x0 = np.concatenate([psi0.real, psi0.imag, [math.log(min(max(t0, t_lo), t_hi))]])
        res = scipy.optimize.minimize(fun, x0, jac=True, method="L-BFGS-B", bounds=bounds,
                                      options={"maxiter": maxiter, "ftol": 1e-13, "gtol": 1e-10})
        val = float(np.exp(res.fun)) if res.fun < 1e5 else math.inf
        values.append(val)
        if val < best[0]:
            best = (val, float(np.exp(res.x[2 * d])), res.x)
    return {
        "kind": "best_of_optimisations",
        "note": f"best of {len(inits)} L-BFGS optimisations over input states and time (GHZ, |+>^N, "
        f"seeded random starts, seed {seed}; then the VQS probe); an estimate, not a bound",
        "qcrb": best[0],
        "t_star": best[1],
        "start_qcrbs": values,
    }


def _single_optimum(model, figure: str, grid, settings: OptimumSettings) -> dict:
    from vqs.certificate import optimal_over_time

    opt = optimal_over_time(model, grid, figure=figure, starts=settings.starts, seed=settings.seed,
                            tol=settings.tol, max_iter=settings.max_iter)
    res = opt.result
    return {
        "kind": "certificate",
        "note": f"see-saw certificate, {settings.starts} starts (GHZ, |+>^N, seeded random; seed "
        f"{settings.seed}), maximised over t",
        "qcrb": _figure_to_qcrb(opt.value),
        "value": opt.value,
        "qfi": opt.qfi,
        "t_star": opt.t_star,
        "at_boundary": bool(opt.at_boundary),
        "converged": bool(res.converged),
        "relative_spread": res.relative_spread,
        "start_values": list(res.start_values),
    }


def run_cell(job: dict) -> dict:
    """Run one cell to completion (GA run, optimum, bound); returns its summary row. ``job`` is plain data."""
    from ansatz import Circuit
    from vqs.bounds import qcrb_lower_bound
    from vqs.pipeline import CIRCUIT_FILE, RESULT_FILE, run, time_grid
    from vqs.qfi import circuit_statevectors

    config = parse_config(job["table"], TableConfig)
    cell = Cell(**job["cell"])
    run_config = cell_config(config, cell)
    root = Path(job["out"]) / "cells" / cell.name
    started = time.perf_counter()
    resume = (root / "config.resolved.yaml").exists()
    result = run(run_config, root, resume=resume)
    (root / "checkpoint.pkl").unlink(missing_ok=True)
    model = run_config.model.build()
    grid = time_grid(run_config, model)
    opt_path = root / OPTIMUM_FILE
    if not opt_path.exists():
        t0 = time.perf_counter()
        if cell.task == "single":
            optimum = _single_optimum(model, config.figure_of_merit, grid, config.optimum)
        elif config.multi_optimum_starts > 0:
            vqs_state = circuit_statevectors([Circuit.load(root / CIRCUIT_FILE)])[0]
            optimum = _multi_optimum(model, config.figure_of_merit, result["ghz"]["t_star"], grid,
                                     config.multi_optimum_starts, config.optimum.seed,
                                     config.multi_optimum_maxiter,
                                     extra_starts=[(vqs_state, result["vqs"]["t_star"])])
        else:
            optimum = {"kind": "none", "note": "no multi-task optimum requested", "qcrb": None, "t_star": None}
        optimum["wall_time_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        optimum["bound"] = {**qcrb_lower_bound(model, grid, config.figure_of_merit).to_dict(),
                            "wall_time_s": time.perf_counter() - t0}
        atomic_write_json(opt_path, optimum)
    assert (root / RESULT_FILE).exists()
    return {"cell": job["cell"], "elapsed_s": time.perf_counter() - started}


def is_finished(root: Path) -> bool:
    return (root / "result.json").exists() and (root / OPTIMUM_FILE).exists()


# --------------------------------------------------------------------------------------------
# rows and summaries
# --------------------------------------------------------------------------------------------
def cell_row(config: TableConfig, cell: Cell, out: Path, paper: dict) -> dict | None:
    root = Path(out) / "cells" / cell.name
    if not is_finished(root):
        return None
    result = json.loads((root / "result.json").read_text())
    optimum = json.loads((root / OPTIMUM_FILE).read_text())
    vqs_q = _figure_to_qcrb(result["vqs"]["best"])
    ghz_q = _figure_to_qcrb(result["ghz"]["best"])
    opt_q = optimum.get("qcrb")
    opt_q = None if opt_q is None else float(opt_q)
    ratio = vqs_q / opt_q if opt_q and math.isfinite(opt_q) and opt_q > 0 else None
    bound_q = optimum.get("bound", {}).get("qcrb")
    edge = [name for name, flag in (("VQS", result["vqs"].get("t_star_at_grid_edge")),
                                    ("GHZ", result["ghz"].get("t_star_at_grid_edge")),
                                    ("optimum", optimum.get("at_boundary"))) if flag]
    p_vqs = paper.get((cell.task, "VQS", cell.nodes, cell.gamma, cell.noise))
    p_ghz = paper.get((cell.task, "GHZ", cell.nodes, cell.gamma, cell.noise))
    summary_dir = Path(str(out).rstrip("/")).parent
    try:
        run_dir = os.path.relpath(root, summary_dir)
    except ValueError:
        run_dir = str(root)
    return {
        "task": cell.task, "noise": cell.noise, "gamma": cell.gamma, "nodes": cell.nodes,
        "operating_point": ";".join(f"{v:g}" for v in result["operating_point"]),
        "figure_of_merit": result["figure_of_merit"],
        "ghz_qcrb": ghz_q, "vqs_qcrb": vqs_q, "optimum_qcrb": opt_q,
        "bound_qcrb": bound_q, "vqs_over_bound": vqs_q / bound_q if bound_q else None,
        "t_star_at_grid_edge": ";".join(edge),
        "vqs_t_star": result["vqs"]["t_star"], "ghz_t_star": result["ghz"]["t_star"],
        "optimum_t_star": optimum.get("t_star"), "optimum_kind": optimum.get("kind"),
        "vqs_over_optimum": ratio,
        "short_of_optimum": bool(cell.task == "single" and ratio is not None
                                 and ratio > 1 + OPTIMALITY_TOLERANCE),
        "vqs_over_paper": vqs_q / p_vqs if p_vqs else None,
        "ghz_over_paper": ghz_q / p_ghz if p_ghz else None,
        "paper_vqs": p_vqs, "paper_ghz": p_ghz,
        "vqs_n_genes": result["vqs"].get("n_genes"), "wall_time_s": result.get("wall_time_s"),
        "optimum_wall_time_s": optimum.get("wall_time_s"),
        "run_dir": run_dir,
    }


def _fmt(x, digits=5) -> str:
    if x is None:
        return ""
    if isinstance(x, float):
        if not math.isfinite(x):
            return "inf"
        return f"{x:.{digits}g}"
    return str(x)


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: (repr(float(r[k])) if isinstance(r[k], float) else ("" if r[k] is None else r[k]))
                    for k in CSV_COLUMNS})
    return buf.getvalue()


def _columns(config: TableConfig) -> list[tuple[float, str]]:
    return [(g, z) for g in config.gammas for z in config.noises]


def _lookup(rows):
    return {(r["task"], r["noise"], r["gamma"], r["nodes"]): r for r in rows}


def _cell_label(r: dict) -> str:
    return f"{r['task']} {NOISE_SHORT.get(r['noise'], r['noise'])} g={r['gamma']:g} N={r['nodes']}"


def _notes(config: TableConfig, rows: list[dict]) -> list[str]:
    fig = ("per shot: QCRB = 1/max_t F(t) (multi: min_t Tr F^-1(t))" if config.figure_of_merit == "per_shot"
           else "per unit time: QCRB = min_t t/F(t) (multi: min_t t Tr F^-1(t))")
    points = "; ".join(f"{task} task " + ", ".join(
        f"{n} = {v:g} gamma" for n, v in zip(PARAM_NAMES[task], getattr(config.operating_point_over_gamma, task)))
        for task in config.tasks)
    notes = [
        f"Figure of merit: {fig}. Lower is better. One model for every cell (docs/model.md, docs/table.md).",
        f"Operating point of every cell: {points} (checked continuous before each run; docs/table.md).",
        "Cell format: ours [paper, ours/paper]. Paper values: vqs/data/table1_paper.csv.",
        "Optimum (single task): see-saw maximum over all N-qubit input states (vqs/certificate.py), an achievable "
        "value. Bound: the channel-extension bound (vqs/bounds.py), a proven limit for every probe, ancillas "
        "included: bound <= optimum <= VQS in QCRB.",
    ]
    if "multi" in config.tasks:
        notes.append("Estimate (multi task): best of L-BFGS optimisations over input states and time started from "
                     "GHZ, |+>^N, random states and the VQS probe (never worse than VQS; not a bound). Bound (multi "
                     "task): sum over field components of 1/(channel-extension bound), a proven lower limit on "
                     "the QCRB of every probe.")
    grid = config.run.time_grid
    notes.append(f"Every t* and every bound is taken over the same time grid: {grid.points} geometric points from "
                 f"t_max/{grid.span:g} to t_max = {grid.gamma_t_max:g}/gamma.")
    short = [r for r in rows if r["short_of_optimum"]]
    if short:
        names = ", ".join(f"{_cell_label(r)} ({r['vqs_over_optimum']:.4f})" for r in short)
        notes.append(f"MARKED (*): VQS more than {OPTIMALITY_TOLERANCE:.0%} above the see-saw optimum in "
                     f"{len(short)} single-task cell(s): {names}.")
    elif any(r["task"] == "single" for r in rows):
        notes.append(f"Every single-task VQS is within {OPTIMALITY_TOLERANCE:.0%} of the see-saw optimum.")
    edge = [r for r in rows if r.get("t_star_at_grid_edge")]
    if edge:
        notes.append("MARKED (†): t* at an end of the time grid (the value is a supremum over the grid approached "
                     "at its edge, not an interior optimum): "
                     + ", ".join(f"{_cell_label(r)} ({r['t_star_at_grid_edge'].replace(';', ', ')})" for r in edge))
    else:
        notes.append("No VQS, GHZ or optimum t* lies at an end of its time grid: every optimum is interior.")
    worse = [r for r in rows if r["vqs_qcrb"] > r["ghz_qcrb"] * (1 + 1e-9)]
    if worse:
        notes.append(f"WARNING: VQS QCRB above GHZ in {len(worse)} cell(s) (a search bug): "
                     + ", ".join(_cell_label(r) for r in worse))
    below = [r for r in rows if r.get("bound_qcrb") and r["vqs_qcrb"] < r["bound_qcrb"] * (1 - 1e-9)]
    if below:
        notes.append(f"WARNING: VQS QCRB below the proven bound in {len(below)} cell(s) (a bug): "
                     + ", ".join(_cell_label(r) for r in below))
    return notes


PROBES = ("VQS", "GHZ", "optimum", "bound")


def _probe_label(task: str, probe: str) -> str:
    return "estimate" if task == "multi" and probe == "optimum" else probe


def _probe_cells(config: TableConfig, by: dict, task: str, fmt_cell) -> list[tuple[str, int, list[str]]]:
    """Rows (probe, N, cells) of one task's QCRB block; ``fmt_cell(row, probe)`` formats a present cell."""
    out = []
    for probe in PROBES:
        for n in config.nodes:
            rows = [by.get((task, z, g, n)) for g, z in _columns(config)]
            out.append((probe, n, [None if r is None else fmt_cell(r, probe) for r in rows]))
    return out


def _marks(r: dict, star: str, dagger: str) -> str:
    return (star if r["short_of_optimum"] else "") + (dagger if r.get("t_star_at_grid_edge") else "")


def _md_cell(r: dict, probe: str) -> str:
    if probe == "VQS":
        return f"{_fmt(r['vqs_qcrb'])}{_marks(r, ' *', ' †')} [{_fmt(r['paper_vqs'])}, {_fmt(r['vqs_over_paper'], 3)}]"
    if probe == "GHZ":
        return f"{_fmt(r['ghz_qcrb'])} [{_fmt(r['paper_ghz'])}, {_fmt(r['ghz_over_paper'], 3)}]"
    return _fmt(r["optimum_qcrb"] if probe == "optimum" else r.get("bound_qcrb"))


def _tex_cell(r: dict, probe: str) -> str:
    if probe == "VQS":
        marks = _marks(r, "$^*$", r"$^\dagger$")
        return f"{_fmt(r['vqs_qcrb'], 4)}{marks} ({_fmt(r['paper_vqs'], 4)})"
    if probe == "GHZ":
        return f"{_fmt(r['ghz_qcrb'], 4)} ({_fmt(r['paper_ghz'], 4)})"
    return _fmt(r["optimum_qcrb"] if probe == "optimum" else r.get("bound_qcrb"), 4)


def to_markdown(config: TableConfig, rows: list[dict], wall_time_s: float | None = None) -> str:
    cols = _columns(config)
    by = _lookup(rows)
    head = "| probe | N | " + " | ".join(f"γ={g:g} {NOISE_SHORT.get(z, z)}" for g, z in cols) + " |"
    sep = "|---|---|" + "---|" * len(cols)
    lines = [f"# Table 1: QCRB ({config.figure_of_merit}), ours vs the paper", ""]
    for task in config.tasks:
        opt = "estimate" if task == "multi" else "optimum"
        lines += [f"## {'Single' if task == 'single' else 'Multi'}-parameter task", "", head, sep]
        for probe, n, cells in _probe_cells(config, by, task, _md_cell):
            lines.append(f"| {_probe_label(task, probe)} | {n} | " + " | ".join("—" if c is None else c for c in cells)
                         + " |")
        lines += ["", f"VQS / {opt}, VQS / bound and t* (VQS, GHZ, {opt}) — {task} task", "", head, sep]
        for n in config.nodes:
            cells = []
            for g, z in cols:
                r = by.get((task, z, g, n))
                if r is None:
                    cells.append("—")
                else:
                    cells.append(f"{_fmt(r['vqs_over_optimum'], 5)}{_marks(r, ' *', ' †')}, "
                                 f"{_fmt(r.get('vqs_over_bound'), 4)} (t* {_fmt(r['vqs_t_star'], 3)}, "
                                 f"{_fmt(r['ghz_t_star'], 3)}, {_fmt(r['optimum_t_star'], 3)})")
            lines.append(f"| VQS/{opt[:3]}, VQS/bound | {n} | " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["## Notes", ""] + [f"- {s}" for s in _notes(config, rows)]
    n_cells = len(cells_of(config))
    lines.append(f"- Cells finished: {len(rows)} of {n_cells}.")
    if wall_time_s is not None:
        lines.append(f"- Wall time of the command that wrote this file: {wall_time_s:.0f} s.")
    return "\n".join(lines) + "\n"


def to_latex(config: TableConfig, rows: list[dict]) -> str:
    cols = _columns(config)
    by = _lookup(rows)
    spec = "ll" + "r" * len(cols)
    out = [r"% vqs table: QCRB, ours (paper) per cell; * = VQS > 1% above the see-saw optimum; "
           r"\dagger = t* at an end of the time grid; Est. = estimate (multi task); Bound = proven limit",
           r"\begin{tabular}{" + spec + "}", r"\toprule"]
    out.append(" & & " + " & ".join(
        rf"\multicolumn{{{len(config.noises)}}}{{c}}{{$\gamma={g:g}$}}" for g in config.gammas) + r" \\")
    out.append("Task/probe & $N$ & " + " & ".join(NOISE_SHORT.get(z, z) for _, z in cols) + r" \\")
    out.append(r"\midrule")
    labels = {"VQS": "VQS", "GHZ": "GHZ", "optimum": "Opt.", "bound": "Bound"}
    for task in config.tasks:
        for probe, n, cells in _probe_cells(config, by, task, _tex_cell):
            name = "Est." if task == "multi" and probe == "optimum" else labels[probe]
            label = f"{task} {name}" if n == config.nodes[0] else ""
            out.append(f"{label} & {n} & " + " & ".join("--" if c is None else c for c in cells) + r" \\")
            if n == config.nodes[-1]:
                out.append(r"\midrule")
    out[-1] = r"\bottomrule"
    out.append(r"\end{tabular}")
    return "\n".join(out) + "\n"


def summary_paths(out: str | Path) -> dict[str, Path]:
    base = str(out).rstrip("/")
    return {ext: Path(f"{base}.{ext}") for ext in ("csv", "md", "tex")}


def write_summaries(config: TableConfig, out: Path, wall_time_s: float | None = None) -> list[dict]:
    paper = paper_values()
    rows = [r for r in (cell_row(config, c, out, paper) for c in cells_of(config)) if r is not None]
    paths = summary_paths(out)
    atomic_write_text(paths["csv"], to_csv(rows))
    atomic_write_text(paths["md"], to_markdown(config, rows, wall_time_s))
    atomic_write_text(paths["tex"], to_latex(config, rows))
    atomic_write_json(Path(out) / "table.json", {"config": config.model_dump(mode="json"), "rows": rows,
                                                 "wall_time_s": wall_time_s})
    return rows


# --------------------------------------------------------------------------------------------
# the whole table
# --------------------------------------------------------------------------------------------
def check_operating_points(config: TableConfig) -> None:
    """Refuse the table (VqsError, nothing written) if the QFI of any cell is discontinuous at its
    operating point (:func:`vqs.continuity.require_continuous`)."""
    from vqs.continuity import require_continuous
    from vqs.pipeline import time_grid

    for cell in cells_of(config):
        run_config = cell_config(config, cell)
        model = run_config.model.build()
        try:
            require_continuous(model, time_grid(run_config, model), key=f"operating_point_over_gamma.{cell.task}")
        except VqsError as err:
            raise VqsError(f"cell {cell.name}: {err}") from None


def prepare_table_dir(config: TableConfig, out: Path, resume: bool) -> None:
    out = Path(out)
    if (out / TABLE_FILE).exists() and not resume:
        raise VqsError(f"{out} already holds a table: pass --resume to continue it, or choose another --out")
    if out.exists() and not (out / TABLE_FILE).exists() and any(out.iterdir()):
        raise VqsError(f"{out} exists and is not a table directory (no {TABLE_FILE}); choose another --out")
    out.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / TABLE_FILE, config.to_yaml())


def run_table(
    config: TableConfig,
    out: str | Path,
    *,
    resume: bool = False,
    executor: str = "local",
    workers: int = 2,
    address: str | None = None,
    progress: Callable[[str], None] | None = print,
) -> list[dict]:
    """Run every unfinished cell through the executor, then write the summaries; returns the rows."""
    from vqs.executors import run_jobs

    out = Path(out)
    started = time.perf_counter()
    check_operating_points(config)
    prepare_table_dir(config, out, resume)
    todo, done = [], 0
    for cell in cells_of(config):
        if is_finished(out / "cells" / cell.name):
            done += 1
            continue
        todo.append({"table": config.model_dump(mode="json"), "cell": cell.__dict__, "out": str(out)})
    total = len(todo) + done
    if progress and done:
        progress(f"{done} of {total} cells already finished in {out}; running {len(todo)}")
    paper = paper_values()

    def on_done(job_result: dict) -> None:
        nonlocal done
        done += 1
        cell = Cell(**job_result["cell"])
        row = cell_row(config, cell, out, paper)
        if progress and row:
            opt = f", VQS/opt {row['vqs_over_optimum']:.4f}" if row["vqs_over_optimum"] else ""
            progress(f"[{done}/{total}] {cell.name}: VQS {row['vqs_qcrb']:.6g}  GHZ {row['ghz_qcrb']:.6g}{opt}  "
                     f"({job_result['elapsed_s']:.1f} s, total {time.perf_counter() - started:.0f} s)")
        write_summaries(config, out)

    run_jobs(run_cell, todo, executor=executor, workers=workers, address=address, on_done=on_done)
    return write_summaries(config, out, time.perf_counter() - started)
