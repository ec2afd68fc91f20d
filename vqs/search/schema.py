"""Run configuration: the YAML schema of ``vqs run``, validated at load (:mod:`vqs.config`).

Defaults and limits have one owner each: the genetic search's are :class:`genetic.GAConfig`'s
(its ``Annotated`` limit types, and its checks across fields, applied by :meth:`GAConfigModel.build`),
the refinement's :class:`vqs.search.refine.RefineOptions`'s, the time grid's
:func:`vqs.physics.qfi.default_times`'s; the sections below read them from there and build those
objects back from the validated values.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator, model_validator

import genetic.config as ga_limits
from ansatz import Circuit
from genetic import GAConfig
from genetic.config import MAX_GENERATIONS  # noqa: F401 (re-exported)
from vqs import _checks
from vqs.config import Strict, load, parse
from vqs.errors import VqsError
from vqs.names import Engine, Figure, Init, Task
from vqs.physics.qfi import ENGINES, engine_capabilities
from vqs.search import refine as refine_limits
from vqs.search.model_config import ModelConfig, TimeGridConfig
from vqs.search.reference import reference_circuit, with_reference
from vqs.search.refine import RefineOptions

_GA = GAConfig()
_REFINE = RefineOptions()


class OperatorWeights(Strict):
    """Relative weights of the mutation operators (:data:`genetic.OPERATOR_NAMES`)."""

    deletion: ga_limits.OperatorWeight = Field(
        default=_GA.operator_weights["deletion"],
        description="weight of deleting a contiguous series of genes",
    )
    insertion: ga_limits.OperatorWeight = Field(
        default=_GA.operator_weights["insertion"],
        description="weight of inserting a series of new random genes",
    )
    replacement: ga_limits.OperatorWeight = Field(
        default=_GA.operator_weights["replacement"],
        description="weight of replacing a series of genes by a new random series",
    )
    swap: ga_limits.OperatorWeight = Field(
        default=_GA.operator_weights["swap"],
        description="weight of exchanging two non-overlapping series of genes",
    )
    permutation: ga_limits.OperatorWeight = Field(
        default=_GA.operator_weights["permutation"],
        description="weight of shuffling the genes of one series (or of the whole circuit)",
    )
    perturbation: ga_limits.OperatorWeight = Field(
        default=_GA.operator_weights["perturbation"],
        description="weight of perturbing the angles of a series with Gaussian noise (angle_sigma); not one of the "
        "paper's five operators",
    )


class GAConfigModel(Strict):
    """The genetic search (:class:`genetic.GAConfig`, which owns the defaults), plus the initial
    state of every genome and the local steps of the fitness."""

    population: ga_limits.Population = Field(default=_GA.population, description="individuals per generation")
    generations: ga_limits.Generations = Field(
        default=_GA.generations,
        description="generations after the initial one (generation 0); --resume with a larger value extends a finished "
        "run",
    )
    elite: ga_limits.Elite = Field(
        default=_GA.elite,
        description="best individuals copied unchanged into the next generation (must be smaller than population)",
    )
    tournament_size: ga_limits.TournamentSize = Field(
        default=_GA.tournament_size,
        description="individuals drawn per tournament when selecting each parent",
    )
    crossover_prob: ga_limits.Probability = Field(
        default=_GA.crossover_prob,
        description="probability that a pair of parents is recombined (cut-and-splice crossover)",
    )
    mutation_prob: ga_limits.Probability = Field(
        default=_GA.mutation_prob,
        description="probability that an offspring is mutated by one operator drawn by weight",
    )
    operators: OperatorWeights = Field(
        default=OperatorWeights(),
        description="relative weights of the mutation operators",
    )
    series_max: ga_limits.SeriesMax = Field(
        default=_GA.series_max,
        description="longest series of contiguous genes one mutation acts on",
    )
    min_genes: ga_limits.MinGenes = Field(default=_GA.min_genes, description="fewest genes a circuit may have")
    max_genes: ga_limits.MaxGenes = Field(
        default=_GA.max_genes,
        description="most genes a circuit may have (also the padded size of the compiled kernel)",
    )
    initial_genes: tuple[int, int] = Field(
        default=_GA.initial_genes,
        description="[low, high]: gene counts of the random circuits of generation 0, drawn uniformly",
    )
    gates: list[str] = Field(
        default_factory=lambda: list(_GA.gates),
        description="gate types the search may use, a subset of RX, RY, RZ, CRX",
    )
    angle_sigma: ga_limits.AngleSigma = Field(
        default=_GA.angle_sigma,
        description="standard deviation (radians) of the angle perturbation",
    )
    init: Init = Field(default=Init.GHZ, description="initial state every circuit starts from: ghz or zero (|0...0>)")
    seed_with_init_state: bool = Field(
        default=True, description="put the bare initial state (no genes) in generation 0"
    )
    seed_reference: bool = Field(
        default=False,
        description="put the reference probe, written with the search's genes from ga.init, in generation 0 and "
        "among the refinement starts, so that with elite >= 1 the designed probe never scores below it: GHZ, or for "
        "model.field local with a weight <= 0 the weight-matched GHZ-type probe; from zero it is GHZ's own "
        "preparation gate for gate (RY(pi/2), CRX(pi) from wire 0; vqs/search/reference.py)",
    )
    local_steps: int = Field(
        default=60, ge=0, le=1000,
        description="Adam steps on angles and time before scoring a genome (0 = score as is); "
        "see vqs/search/fitness.py",
    )
    local_learning_rate: float = Field(default=0.15, gt=0, le=100, description="Adam learning rate of the local steps")
    local_best: int | None = Field(
        default=None, ge=1, le=100_000,
        description="local steps only for this many genomes of each generation, the best by their grid score "
        "(null = every new genome); the large-N rule of docs/scale.md",
    )
    score_points: int | None = Field(
        default=None, ge=2, le=512,
        description="score genomes on this many times of the time grid (evenly spaced in index, both ends kept; "
        "null = every time): the local steps own the time, and refinement and the final scores use the whole "
        "grid (docs/scale.md)",
    )
    workers: int = Field(
        default=1, ge=1, le=1024,
        description="processes scoring the population (1 = in this process); the numbers do not depend on it "
        "(docs/scale.md)",
    )

    def gene_slots(self, circuit: Circuit) -> int:
        """The padded gene count (kernel size) for scoring or refining ``circuit`` under this search:
        ``max_genes``, or the circuit's own length where it is longer (a layered start, or a circuit read
        back from a run)."""
        return max(self.max_genes, len(circuit.genes))

    def build(self) -> GAConfig:
        """The :class:`genetic.GAConfig` of this section (VqsError where its checks across fields fail)."""
        fields = self.model_dump(exclude={"operators", "init", "seed_with_init_state", "seed_reference", "local_steps",
                                          "local_learning_rate", "local_best", "score_points", "workers"})
        try:
            return GAConfig(**fields, operator_weights=self.operators.model_dump(),
                            init_genomes=((),) if self.seed_with_init_state else ())
        except ValueError as err:
            raise VqsError(f"ga: {err}") from None


class RefineConfig(Strict):
    """Angle refinement of the best distinct structures found by the search (defaults:
    :class:`vqs.search.refine.RefineOptions`)."""

    method: refine_limits.Method = Field(
        default=_REFINE.method,
        description="refinement of the best circuits' angles: adam or gradient (optax, with "
        "the optimizer below), parameter_shift (the same optax loop, the gene angles' gradient from shifted "
        "circuits: two terms for RX/RY/RZ, four for CRX; QFI figures, jax engine), cobyla (scipy, "
        "derivative-free) or none",
    )
    shots: refine_limits.Shots | None = Field(
        default=None,
        description="parameter_shift: shots per shifted circuit, each measured in the eigenbasis of the "
        "objective's derivative in the probe state (seeded); default none, the exact shift rule",
    )
    top_k: int = Field(
        default=3, ge=1, le=1000,
        description="number of best distinct circuit structures refined after the search",
    )
    steps: refine_limits.Steps = Field(default=_REFINE.steps, description="gradient steps of the adam method")
    learning_rate: refine_limits.LearningRate = Field(
        default=_REFINE.learning_rate,
        description="learning rate of the gradient method",
    )
    optimizer: refine_limits.Optimizer = Field(
        default=_REFINE.optimizer,
        description="optax optimizer of the gradient method",
    )
    refine_time: refine_limits.Flag = Field(
        default=_REFINE.refine_time,
        description="optimise the sensing time jointly with the angles",
    )
    prune: refine_limits.Flag = Field(
        default=_REFINE.prune,
        description="after refinement, drop genes whose removal does not lower the figure of merit (each trial "
        "screened at the probe's t*, then scored over the grid)",
    )
    maxiter: refine_limits.Iterations = Field(default=_REFINE.maxiter, description="COBYLA iterations")
    grow_layers: refine_limits.GrowLayers = Field(
        default=_REFINE.grow_layers,
        description="after refinement, append this many identity layers (RY(0) on every qubit, a CRX(0) ring) "
        "and refine again, kept if better (the search's gene cap does not limit them; docs/scale.md)",
    )

    layered_starts: int = Field(
        default=0, ge=0, le=1000,
        description="after the search's structures, also refine this many layered circuits from the search's initial "
        "state (layered_depth identity layers with angles drawn from N(0, pi^2), seeded by the run's seed), each a "
        "candidate like the search's structures (docs/scale.md)",
    )
    layered_depth: int = Field(
        default=5, ge=1, le=100, description="layers (RY on every qubit, a CRX ring) of each layered start",
    )

    from_local_steps: bool = Field(
        default=False,
        description="Lamarckian hand-over: start the refinement of each of the search's structures from the angles "
        "the search's local steps (ga.local_steps, needs > 0) reach for it, where they beat the genome's stored "
        "angles, instead of the stored angles (vqs/search/handover.py); QFI and HCRB figures only",
    )

    def options(self) -> RefineOptions:
        return RefineOptions(**self.model_dump(exclude={"top_k", "layered_starts", "layered_depth",
                                                        "from_local_steps"}))


class RunConfig(Strict):
    name: str = Field(
        default="run",
        description="name of the run: letters, digits, '.', '_', '-' and '+'; the default run directory is runs/<name>",
    )
    seed: int = Field(
        default=0, ge=0, le=2**32 - 1,
        description="seed of the search's random generator (a run is reproducible from it)",
    )
    model: ModelConfig = Field(description="the sensing scenario")
    time_grid: TimeGridConfig = Field(
        default=TimeGridConfig(),
        description="the sensing times the figure of merit is maximised over",
    )
    figure_of_merit: Figure = Field(
        default=Figure.PER_SHOT,
        description="per_shot: max over t of F(t); per_time: max over t of F(t)/t "
        "(F: QFI, or 1/QCRB in the multi task); local_cfi_per_shot / local_cfi_per_time: the same with F "
        "the classical Fisher information (multi: 1/Tr(W C^-1)) of a local projective readout, one Bloch "
        "direction per qubit, designed together with the probe (docs/measurement.md); hcrb_per_shot / "
        "hcrb_per_time (multi task): max over t of 1/HCRB(t) or 1/(t HCRB(t)), the attainable Holevo bound "
        "(screened with the QCRB figure, refined and reported on the HCRB; docs/model.md, 'HCRB vs QCRB')",
    )
    engine: Engine = Field(
        default=Engine.JAX,
        description="what computes every QFI of the run (GA fitness, t* refinement, final VQS and GHZ scores): "
        "jax, the fast batched kernel; or pennylane, PennyLane's default.mixed device with jax.jacfwd, the "
        "cross-check that agrees with jax to 1e-8 relative. pennylane needs n_qubits <= "
        f"{ENGINES[Engine.PENNYLANE].max_qubits}, "
        "ga.local_steps: 0, refine.method cobyla or none (it offers no gradients) and a QFI figure of merit "
        "(docs/model.md, 'Engines')",
    )
    ga: GAConfigModel = Field(default=GAConfigModel(), description="the genetic search")
    warm_start: str | None = Field(
        default=None,
        description="a previous run directory whose probe (circuit.json) seeds this run: its genes join generation "
        "0 and it is one more refinement start (vqs run --warm-start RUN_DIR); same width, initial state and gates, "
        "any other condition may differ; default none",
    )
    refine: RefineConfig = Field(
        default=RefineConfig(),
        description="angle refinement of the best structures found by the search",
    )

    @field_validator("name")
    @classmethod
    def _safe_name(cls, v):
        return _checks.safe_name(v)

    @model_validator(mode="after")
    def _check(self):
        if self.model.gamma == 0 and self.time_grid.t_max is None:
            raise ValueError("with gamma = 0 the QFI grows without bound: set time_grid.t_max")
        ga = self.ga
        ga.build()  # the GA's own checks across fields (elite, gene bounds, gates): genetic.GAConfig's
        if ga.score_points is not None and ga.score_points > self.time_grid.points:
            raise ValueError(f"ga.score_points ({ga.score_points}) exceeds time_grid.points ({self.time_grid.points})")
        if self.model.n_qubits + self.model.ancillas < 2 and "CRX" in ga.gates and len(ga.gates) == 1:
            raise ValueError("CRX needs at least 2 qubits")
        if Figure(self.figure_of_merit).holevo and self.model.task != Task.MULTI:
            raise ValueError(f"figure_of_merit {self.figure_of_merit} (the Holevo bound) is for the multi task; the "
                             "single task's QFI figures (per_shot, per_time) are attainable")
        if self.model.network.active and Figure(self.figure_of_merit).local != (
                self.model.network.protocol == "remote"):
            raise ValueError(f"model.network.protocol {self.model.network.protocol} needs "
                             + ("a local_cfi figure_of_merit (each node reads out locally)"
                                if self.model.network.protocol == "remote" else
                                "a joint-measurement figure_of_merit (not local_cfi; for local readouts use protocol: "
                                "remote)") + f", got {self.figure_of_merit}")
        if self.refine.from_local_steps and (ga.local_steps == 0 or Figure(self.figure_of_merit).local):
            raise ValueError("refine.from_local_steps hands the search's local steps to the refinement: it needs "
                             "ga.local_steps > 0 and a QFI or HCRB figure of merit")
        self._check_engine()
        if ga.seed_reference:  # the gate set writes the reference probe, within the gene bounds
            with_reference(ga.build(), reference_circuit(self.model.build(), ga.init, ga.gates))
        # everything the run builds from the config is built once here, so that a run directory
        # is only ever created for a config that can run: the model (operating point), the time
        # grid (within the engine's range), the GA settings
        self.time_grid.times(self.model.build())  # also checks the kernel's memory (require_memory)
        return self

    def _check_engine(self) -> None:
        """What the engine cannot do (its :class:`~vqs.physics.types.EngineCapabilities`): the
        pennylane engine scores without gradients, models no ancillas and compiles every circuit structure."""
        caps, engine = engine_capabilities(self.engine), self.engine
        if self.model.network.active and not caps.pre_post:
            raise ValueError(f"engine: {engine} does not model the network's links: use engine: jax")
        if self.model.ancillas and not caps.ancillas:
            raise ValueError(f"engine: {engine} does not model ancillas: use engine: jax")
        if self.model.preparation_noise is not None and engine != Engine.JAX:
            raise ValueError(f"engine: {engine} prepares noiseless probes: model.preparation_noise needs engine: jax")
        if caps.max_qubits is not None and self.model.n_qubits > caps.max_qubits:
            raise ValueError(f"engine: {engine} simulates at most {caps.max_qubits} qubits, got "
                             f"model.n_qubits = {self.model.n_qubits}: use engine: jax")
        figure = Figure(self.figure_of_merit)
        if (self.model.field == "local" or self.model.nodes is not None) and not caps.per_node:
            raise ValueError(f"engine: {engine} models one common field on identical nodes: model.field: local and "
                             "model.nodes need engine: jax")
        if self.model.field == "local" and figure.local:
            raise ValueError(f"figure_of_merit {figure} (a local readout) is not available with model.field: local; "
                             "choose per_shot or per_time")
        if (figure.local and not caps.local_readout) or (figure.holevo and not caps.holevo):
            raise ValueError(f"engine: {engine} computes the QFI only: figure_of_merit {self.figure_of_merit} "
                             "needs engine: jax")
        if self.refine.method == "parameter_shift" and (figure.local or figure.holevo):
            raise ValueError(f"refine.method parameter_shift refines the QFI figures (per_shot, per_time) only, got "
                             f"figure_of_merit {self.figure_of_merit}")
        needs = []  # every setting the engine cannot run with, in one message
        if not caps.gradients and self.ga.local_steps != 0:
            needs.append(("ga.local_steps=0", f"ga.local_steps: 0 (got {self.ga.local_steps})"))
        if not caps.gradients and self.refine.method not in ("cobyla", "none"):
            needs.append(("refine.method=cobyla", f"refine.method cobyla or none (got {self.refine.method})"))
        if needs:
            raise ValueError(f"engine: {engine} offers no gradients: it needs " + " and ".join(n[1] for n in needs)
                             + "; add " + " ".join(f"--set {n[0]}" for n in needs) + ", or use engine: jax")


def parse_config(raw, source: str | None = None) -> RunConfig:
    """Validate a raw run-config mapping (VqsError on any problem)."""
    return parse(RunConfig, raw, source)


def load_config(path: str | Path, overrides: list[str] | None = None) -> RunConfig:
    """Read a run config YAML file, apply ``--set key=value`` overrides and validate it.

    Args:
        path: the YAML file (see configs/quickstart.yaml).
        overrides: ``"a.b=value"`` strings, values parsed as YAML scalars.

    Returns:
        The validated, frozen :class:`RunConfig`.

    Example:
        >>> cfg = load_config("configs/quickstart.yaml", ["ga.generations=2"])  # doctest: +SKIP
    """
    return load(RunConfig, path, overrides)
