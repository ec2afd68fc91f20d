"""Run configuration: the YAML schema of ``vqs run``, validated at load.

Unknown keys, wrong types and out-of-range values are rejected with one message naming the key.
``--set a.b=value`` overrides are applied to the raw YAML before validation (values are parsed
as YAML scalars, so ``--set ga.population=64`` gives an integer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ansatz import GATES
from genetic import GAConfig
from vqs.errors import VqsError
from vqs.model import SensingModel
from vqs.noise import NOISES


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModelConfig(_Strict):
    """The sensing scenario (see docs/model.md)."""

    n_qubits: int = Field(ge=1, le=10)
    task: Literal["single", "multi"] = "single"
    noise: str = "dephasing"
    gamma: float = Field(default=0.1, ge=0, allow_inf_nan=False)
    operating_point: list[float] | None = Field(
        default=None,
        description="the field value the QFI is taken at: [omega0] (single task) or [Bx, By, Bz] (multi), "
        "in the units of gamma (angular frequency); default all zeros. Runs refuse a point where the QFI "
        "is discontinuous (docs/model.md, 'The operating point')",
    )

    @field_validator("noise")
    @classmethod
    def _known_noise(cls, v):
        if v not in NOISES:
            raise ValueError(f"unknown noise {v!r}; choose one of {', '.join(NOISES)}")
        return v

    def build(self) -> SensingModel:
        theta0 = None if self.operating_point is None else tuple(self.operating_point)
        return SensingModel(self.n_qubits, self.task, self.noise, self.gamma, operating_point=theta0)


class TimeGridConfig(_Strict):
    """Geometric grid of sensing times from t_max/span to t_max (t_max default gamma_t_max/gamma)."""

    points: int = Field(default=32, ge=2, le=512)
    t_max: float | None = Field(default=None, gt=0, allow_inf_nan=False,
                                description="largest sensing time; default gamma_t_max / gamma")
    gamma_t_max: float = Field(default=2.0, gt=0, allow_inf_nan=False,
                               description="t_max in units of 1/gamma, used when t_max is not given")
    span: float = Field(default=100.0, gt=1, le=1e6, allow_inf_nan=False,
                        description="t_max / t_min of the geometric grid")


class OperatorWeights(_Strict):
    deletion: float = Field(default=1.0, ge=0)
    insertion: float = Field(default=1.0, ge=0)
    replacement: float = Field(default=1.0, ge=0)
    swap: float = Field(default=1.0, ge=0)
    permutation: float = Field(default=1.0, ge=0)
    perturbation: float = Field(default=0.0, ge=0)


class GAConfigModel(_Strict):
    """The genetic search (genetic.GAConfig), plus the initial state of every genome."""

    population: int = Field(default=48, ge=2)
    generations: int = Field(default=30, ge=0)
    elite: int = Field(default=2, ge=0)
    tournament_size: int = Field(default=3, ge=1)
    crossover_prob: float = Field(default=0.2, ge=0, le=1)
    mutation_prob: float = Field(default=0.9, ge=0, le=1)
    operators: OperatorWeights = OperatorWeights()
    series_max: int = Field(default=3, ge=1)
    min_genes: int = Field(default=0, ge=0)
    max_genes: int = Field(default=30, ge=1, le=400)
    initial_genes: tuple[int, int] = (2, 10)
    gates: list[str] = Field(default_factory=lambda: list(GATES))
    angle_sigma: float = Field(default=0.1, gt=0)
    init: Literal["ghz", "zero"] = "ghz"
    seed_with_init_state: bool = Field(
        default=True, description="put the bare initial state (no genes) in generation 0"
    )
    local_steps: int = Field(
        default=60, ge=0, le=1000,
        description="Adam steps on angles and time before scoring a genome (0 = score as is); "
        "see vqs/fitness.py",
    )
    local_learning_rate: float = Field(default=0.15, gt=0)

    @field_validator("gates")
    @classmethod
    def _known_gates(cls, v):
        bad = [g for g in v if g not in GATES]
        if bad or not v:
            raise ValueError(f"gates must be a non-empty subset of {', '.join(GATES)}, got {v}")
        return v

    def build(self) -> GAConfig:
        try:
            return GAConfig(
                population=self.population,
                generations=self.generations,
                elite=self.elite,
                tournament_size=self.tournament_size,
                crossover_prob=self.crossover_prob,
                mutation_prob=self.mutation_prob,
                operator_weights=self.operators.model_dump(),
                series_max=self.series_max,
                min_genes=self.min_genes,
                max_genes=self.max_genes,
                initial_genes=tuple(self.initial_genes),
                gates=tuple(self.gates),
                init_genomes=((),) if self.seed_with_init_state else (),
                angle_sigma=self.angle_sigma,
            )
        except ValueError as err:
            raise VqsError(f"ga: {err}") from None


class RefineConfig(_Strict):
    """Angle refinement of the best distinct structures found by the search."""

    method: Literal["adam", "gradient", "cobyla", "none"] = "adam"
    top_k: int = Field(default=3, ge=1)
    steps: int = Field(default=300, ge=1)
    learning_rate: float = Field(default=0.02, gt=0)
    optimizer: Literal["adam", "sgd", "rmsprop", "adabelief"] = "adam"
    refine_time: bool = True
    prune: bool = True
    maxiter: int = Field(default=2000, ge=1, description="COBYLA iterations")


class RunConfig(_Strict):
    name: str = "run"
    seed: int = Field(default=0, ge=0)
    model: ModelConfig
    time_grid: TimeGridConfig = TimeGridConfig()
    figure_of_merit: Literal["per_shot", "per_time"] = "per_shot"
    ga: GAConfigModel = GAConfigModel()
    refine: RefineConfig = RefineConfig()

    @model_validator(mode="after")
    def _check(self):
        if self.model.gamma == 0 and self.time_grid.t_max is None:
            raise ValueError("with gamma = 0 the QFI grows without bound: set time_grid.t_max")
        ga = self.ga
        if ga.elite >= ga.population:
            raise ValueError(f"ga.elite ({ga.elite}) must be smaller than ga.population ({ga.population})")
        if ga.min_genes > ga.max_genes:
            raise ValueError(f"ga.min_genes ({ga.min_genes}) exceeds ga.max_genes ({ga.max_genes})")
        lo, hi = ga.initial_genes
        if not ga.min_genes <= lo <= hi <= ga.max_genes:
            raise ValueError(
                f"ga.initial_genes {list(ga.initial_genes)} must lie within [min_genes, max_genes] = "
                f"[{ga.min_genes}, {ga.max_genes}]"
            )
        if self.model.n_qubits < 2 and "CRX" in ga.gates and len(ga.gates) == 1:
            raise ValueError("CRX needs at least 2 qubits")
        return self

    def to_yaml(self) -> str:
        return resolved_yaml(self)


def _format_error(err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "config"
    msg = first["msg"].removeprefix("Value error, ")
    if first.get("type") == "extra_forbidden":
        msg = "unknown key"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{loc}: {msg}{more}"


def apply_overrides(raw: dict, overrides: list[str]) -> dict:
    """Apply ``key.sub=value`` overrides to a raw config mapping (values parsed as YAML)."""
    for item in overrides or ():
        if "=" not in item:
            raise VqsError(f"--set expects key=value, got {item!r}")
        key, text = item.split("=", 1)
        parts = [p for p in key.strip().split(".") if p]
        if not parts:
            raise VqsError(f"--set expects key=value, got {item!r}")
        try:
            value = yaml.safe_load(text)
        except yaml.YAMLError:
            raise VqsError(f"--set {key}: cannot parse value {text!r}") from None
        node = raw
        for p in parts[:-1]:
            child = node.setdefault(p, {})
            if not isinstance(child, dict):
                raise VqsError(f"--set {key}: {p} is not a section")
            node = child
        node[parts[-1]] = value
    return raw


def parse_config(raw: Any, cls=RunConfig, source: str | None = None):
    """Validate a raw mapping against the pydantic schema ``cls`` (VqsError on any problem)."""
    prefix = f"{source}: " if source else ""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise VqsError(f"{prefix}the config must be a YAML mapping of keys to values")
    try:
        return cls.model_validate(raw)
    except ValidationError as err:
        raise VqsError(prefix + _format_error(err)) from None


def load_yaml(path: str | Path) -> dict:
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as err:
        raise VqsError(f"cannot read config {path}: {err.strerror}") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise VqsError(f"{path}: invalid YAML: {str(err).splitlines()[0]}") from None
    return {} if raw is None else raw


def resolved_yaml(config: BaseModel) -> str:
    """The validated config with every default filled in, as YAML."""
    return yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False)


def load_config(path: str | Path, overrides: list[str] | None = None, cls=RunConfig):
    """Read, override and validate a config file; raises VqsError with one clear message."""
    raw = load_yaml(path)
    if overrides:
        raw = apply_overrides(raw if isinstance(raw, dict) else {}, overrides)
    return parse_config(raw, cls)
