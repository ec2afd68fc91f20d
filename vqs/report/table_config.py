"""The table config (:class:`TableConfig`, YAML, unknown keys rejected) and its cells.

A table lists tasks, noises, gammas and node counts; every combination is a :class:`Cell`, run as
one ``vqs run`` with the :class:`~vqs.search.schema.RunConfig` of :func:`cell_config`.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from vqs import _checks
from vqs.config import Strict, load_yaml, parse
from vqs.errors import VqsError
from vqs.names import Figure, Task
from vqs.search.schema import GAConfigModel, RefineConfig, RunConfig, TimeGridConfig


def _distinct(values: list, what: str) -> list:
    if len(set(values)) != len(values):
        raise ValueError(f"{what} must not repeat")
    return values


class CellRunSettings(Strict):
    """The per-cell ``vqs run`` settings (the RunConfig sections shared by every cell)."""

    time_grid: TimeGridConfig = Field(
        default=TimeGridConfig(),
        description="time grid of every cell (the run config's time_grid)",
    )
    ga: GAConfigModel = Field(default=GAConfigModel(), description="genetic search of every cell (the run config's ga)")
    refine: RefineConfig = Field(
        default=RefineConfig(),
        description="refinement of every cell (the run config's refine)",
    )


class OptimumSettings(Strict):
    """See-saw certificate (single task) settings, :func:`vqs.physics.optimum.certificate.optimal_over_time`."""

    starts: int = Field(default=4, ge=1, le=1000, description="see-saw starts (GHZ, |+>^N, then seeded random states)")
    seed: int = Field(default=0, ge=0, le=2**32 - 1, description="seed of the random starts")
    tol: float = Field(default=1e-9, gt=0, le=1, description="relative convergence tolerance of the see-saw")
    max_iter: int = Field(default=2000, ge=1, le=1_000_000, description="most see-saw iterations per start")
    grid_points: int = Field(
        default=16, ge=2, le=512,
        description="times of the time grid (evenly spaced in index, both ends kept) the see-saw runs on before "
        "the best one is refined",
    )
    time_xtol: float = Field(
        default=1e-6, gt=0, lt=1,
        description="tolerance of the refinement of t*, relative to t (the figure of merit is flat there: 1e-3 "
        "moves it by about 1e-6)",
    )
    warm_refine: bool = Field(
        default=False,
        description="refine t* with the see-saw started only from the best grid state (and GHZ) instead of every "
        "start again: minutes instead of an hour at N = 8 (docs/scale.md)",
    )


class OperatingPoints(Strict):
    """One operating point per task for the whole table, in units of gamma: a cell's operating
    point is these values times its gamma (docs/table.md: why gamma/10)."""

    single: list[float] = Field(
        default_factory=lambda: [0.1], min_length=1, max_length=1,
        description="[omega0 / gamma]: the single-task operating point in units of each cell's gamma",
    )
    multi: list[float] = Field(
        default_factory=lambda: [0.1, 0.1, 0.1], min_length=3, max_length=3,
        description="[Bx, By, Bz] / gamma: the multi-task operating point in units of each cell's gamma",
    )


class TableConfig(Strict):
    name: str = Field(
        default="table1",
        description="name of the table: letters, digits, '.', '_', '-' and '+'; the default output is results/<name>",
    )
    seed: int = Field(default=0, ge=0, le=2**32 - 1, description="the seed of every cell's run (one seed for all)")
    tasks: list[Task] = Field(
        default_factory=lambda: [Task.SINGLE, Task.MULTI], min_length=1,
        description="tasks of the table's rows: single and/or multi",
    )
    noises: list[str] = Field(
        default_factory=lambda: ["amplitude_damping", "bit_flip", "dephasing"], min_length=1,
        description="noise models of the table's columns",
    )
    gammas: list[float] = Field(
        default_factory=lambda: [0.1, 0.2], min_length=1,
        description="decay rates of the table's columns",
    )
    nodes: list[int] = Field(
        default_factory=lambda: [2, 3, 4, 5], min_length=1,
        description="qubit counts N of the table's rows",
    )
    figure_of_merit: Figure = Field(
        default=Figure.PER_SHOT,
        description="per_shot or per_time (see the run config): the time convention of every cell",
    )
    multi_figure: Literal["hcrb", "qcrb"] = Field(
        default="qcrb",
        description="the multi task's precision, one rule for every multi cell: hcrb = the Holevo bound, the "
        "attainable one (figure hcrb_per_time or hcrb_per_shot, the HCRB version of figure_of_merit; the QCRB "
        "is reported beside it); qcrb = the SLD bound Tr(W F^-1) itself (docs/table.md)",
    )
    operating_point_over_gamma: OperatingPoints = Field(
        default=OperatingPoints(),
        description="the operating point of every cell, in units of its gamma",
    )
    run: CellRunSettings = Field(default=CellRunSettings(), description="the run settings shared by every cell")
    run_by_nodes: dict[int, dict[str, Any]] = Field(
        default_factory=dict,
        description="a documented rule by N: raw RunConfig sections merged over `run` for that N",
    )
    run_by_noise: dict[str, dict[int, dict[str, Any]]] = Field(
        default_factory=dict,
        description="a documented rule by noise and N: raw RunConfig sections merged over `run` and `run_by_nodes` "
        "for that noise and N (noise -> N -> sections)",
    )
    optimum: OptimumSettings = Field(
        default=OptimumSettings(),
        description="settings of the single-task optimum (see-saw over all input states)",
    )
    local_columns: bool = Field(
        default=True,
        description="single-task cells: add the local-readout rows (docs/table.md): the QFI-designed VQS probe "
        "and GHZ with their best local readouts, and a probe designed for local readout (one more run per cell, "
        "figure of merit local_cfi_* of the same time convention, in cells/<cell>/local/)",
    )
    ancilla_rows: list[int] = Field(
        default_factory=list,
        description="the N whose multi-task cells get the 'VQS + N ancillas' rows (docs/table.md): one more run of "
        "the cell with model.ancillas = N (N noiseless ancilla qubits, the cell's config with ancilla_run merged over "
        "it, in cells/<cell>/ancillas/) "
        "and an ancilla-assisted estimate (the multi optimum over 2N-qubit states); empty = none",
    )
    ancilla_run: dict[str, Any] = Field(
        default_factory=dict,
        description="a documented rule for every ancilla row: raw RunConfig sections merged over the cell's run "
        "config (after its N and noise rules) for its ancilla run only; empty = the cell's budget",
    )
    multi_optimum_starts: int = Field(default=4, ge=0, le=1000, description="0 = no multi-task optimum column")
    multi_optimum_maxiter: int = Field(default=500, ge=1, le=1_000_000, description="L-BFGS iterations per start")

    @field_validator("name")
    @classmethod
    def _safe_name(cls, v):
        return _checks.safe_name(v)

    @field_validator("figure_of_merit")
    @classmethod
    def _qfi_figure(cls, v):
        if Figure(v).local:
            raise ValueError("the table's figure_of_merit is per_shot or per_time; its local-readout columns use "
                             "the local-CFI figure of the same time convention (docs/table.md)")
        if Figure(v).holevo:
            raise ValueError("the table's figure_of_merit is per_shot or per_time; the multi task takes its HCRB "
                             "version with multi_figure: hcrb (the single task has no HCRB figure)")
        return v

    @field_validator("noises")
    @classmethod
    def _known_noises(cls, v):
        return _distinct([str(_checks.noise(x)) for x in v], "noises")

    @field_validator("gammas")
    @classmethod
    def _positive_gammas(cls, v):
        if any(not (math.isfinite(g) and g > 0) for g in v):
            raise ValueError("every gamma must be a finite number > 0")
        return _distinct(v, "gammas")

    @field_validator("nodes")
    @classmethod
    def _nodes_range(cls, v):
        if any(n < 1 or n > 10 for n in v):
            raise ValueError("nodes must lie in 1..10")
        return _distinct(v, "nodes")

    @field_validator("run_by_noise")
    @classmethod
    def _rule_noises(cls, v):
        return {str(_checks.noise(k)): by_n for k, by_n in v.items()}

    @field_validator("tasks")
    @classmethod
    def _unique_tasks(cls, v):
        return _distinct(v, "tasks")

    @model_validator(mode="after")
    def _cells_valid(self):
        extra = sorted(set(self.run_by_nodes) - set(self.nodes))
        if extra:
            raise ValueError(f"run_by_nodes names N = {extra[0]}, which is not in nodes")
        for noise, by_n in self.run_by_noise.items():
            if noise not in self.noises:
                raise ValueError(f"run_by_noise names noise {noise!r}, which is not in noises {self.noises}")
            extra = sorted(set(by_n) - set(self.nodes))
            if extra:
                raise ValueError(f"run_by_noise.{noise} names N = {extra[0]}, which is not in nodes")
        extra = sorted(set(self.ancilla_rows) - set(self.nodes))
        if extra or (self.ancilla_rows and Task.MULTI not in self.tasks):
            raise ValueError(f"ancilla_rows names N = {extra[0]}, which is not in nodes" if extra else
                             "ancilla_rows is for the multi task, which is not in tasks")
        for cell in cells_of(self):  # every cell config must validate now, not hours later
            try:
                cell_config(self, cell)
                if wants_ancillas(self, cell):
                    anc_config(self, cell)
            except VqsError as err:
                raise ValueError(f"cell {cell.name}: {err}") from None
        return self


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


def task_figure(config: TableConfig, task: str) -> Figure:
    """The figure of merit of the task's cells: ``figure_of_merit`` (per_shot/per_time), or for the multi
    task with ``multi_figure: hcrb`` its HCRB version (hcrb_per_shot/hcrb_per_time)."""
    figure = Figure(config.figure_of_merit)
    if task == Task.MULTI and config.multi_figure == "hcrb":
        return Figure.HCRB_PER_TIME if figure.per_time else Figure.HCRB_PER_SHOT
    return figure


def cell_config(config: TableConfig, cell: Cell, local: bool = False, ancillas: int = 0) -> RunConfig:
    """The RunConfig of one cell: the shared ``run`` settings (plus the rules for its N and for its noise
    and N, in that order); ``local``:
    the cell's run designed for local readout (the local-CFI figure of the same time convention);
    ``ancillas``: the cell's run with that many noiseless ancillas (``model.ancillas``; the table's
    ``ancilla_run`` merged over it)."""
    raw = config.run.model_dump(mode="json")
    raw = _merge(raw, config.run_by_nodes.get(cell.nodes, {}))
    raw = _merge(raw, config.run_by_noise.get(cell.noise, {}).get(cell.nodes, {}))
    if ancillas:
        raw = _merge(raw, config.ancilla_run)
    figure = task_figure(config, cell.task)
    raw.update(
        name=f"{cell.name}_local" if local else f"{cell.name}_anc{ancillas}" if ancillas else cell.name,
        seed=config.seed,
        figure_of_merit=figure.local_version if local else figure,
        model={"n_qubits": cell.nodes, "task": cell.task, "noise": cell.noise, "gamma": cell.gamma,
               "operating_point": [v * cell.gamma for v in getattr(config.operating_point_over_gamma, cell.task)]}
        | ({"ancillas": ancillas} if ancillas else {}),
    )
    return parse(RunConfig, raw)


def wants_ancillas(config: TableConfig, cell: Cell) -> bool:
    """Does this cell get the "VQS + N ancillas" rows (multi task, N in ``ancilla_rows``)?"""
    return cell.task == Task.MULTI and cell.nodes in config.ancilla_rows


def anc_config(config: TableConfig, cell: Cell) -> RunConfig:
    """The RunConfig of a cell's ancilla run: the cell's config with N noiseless ancillas
    (:mod:`vqs.report.ancilla_columns`)."""
    return cell_config(config, cell, ancillas=cell.nodes)


def load_table_config(path: str | Path) -> TableConfig:
    """The table config in ``path``; an empty file, or one without ``tasks:``, is refused (a table is
    hours of compute: its cells are never chosen by defaults alone)."""
    raw = load_yaml(path)
    missing = not raw or (isinstance(raw, dict) and "tasks" not in raw)
    config = None if not raw else parse(TableConfig, raw)  # unknown and bad keys are reported first
    if missing:
        what = "is empty" if not raw else "has no tasks: key"
        raise VqsError(f"{path}: the table config {what}; list the table's rows, e.g. tasks: [single, multi] "
                       "(vqs config example --table; configs/table1.yaml)")
    return config


