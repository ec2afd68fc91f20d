"""Configuration of the genetic search: :class:`GAConfig`, a frozen pydantic dataclass, the one
validator of the search's settings.

Every numeric limit is stated once, as an ``Annotated`` type below (``Population``,
``AngleSigma``, ...); the run config's ``ga`` section (``vqs.search.schema.GAConfigModel``)
declares its fields with the same types, so the YAML and the Python API refuse the same values.
The checks that involve several fields (elite < population, the gene bounds, the gate set, the
operator weights, the seed genomes) live only here; the run config builds a :class:`GAConfig`
to apply them. An invalid value raises :class:`ValueError` with one line starting
``invalid GA config:``.

Counting convention: generation 0 is the initial population; ``generations`` further
generations follow it, so a full run records ``generations + 1`` history rows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import field
from typing import Annotated, Any

from pydantic import Field, ValidationError
from pydantic.dataclasses import dataclass

from ansatz import GATES, Gene

#: The seed paper's five mutation operators, in this (canonical) order.
PAPER_OPERATORS = ("deletion", "insertion", "replacement", "swap", "permutation")
#: The optional sixth operator (Gaussian perturbation of the angles of one series).
OPTIONAL_OPERATORS = ("perturbation",)
OPERATOR_NAMES = PAPER_OPERATORS + OPTIONAL_OPERATORS

MAX_GENERATIONS = 100_000
"""Most generations of one run: the quickstart's (population 32) take ~1 s each on two cores, so the
bound is over a day; a larger number is a typo rather than a plan."""
MAX_GENES = 400
"""Most genes of a genome (also the padded size of the compiled kernel)."""

# The limits of every numeric setting, stated once (strict: no bool, no string, no 2.5 for an int).
Population = Annotated[int, Field(strict=True, ge=2, le=100_000)]
Generations = Annotated[int, Field(strict=True, ge=0, le=MAX_GENERATIONS)]
Elite = Annotated[int, Field(strict=True, ge=0)]
TournamentSize = Annotated[int, Field(strict=True, ge=1, le=100_000)]
Probability = Annotated[float, Field(strict=True, ge=0, le=1, allow_inf_nan=False)]
SeriesMax = Annotated[int, Field(strict=True, ge=1, le=MAX_GENES)]
MinGenes = Annotated[int, Field(strict=True, ge=0, le=MAX_GENES)]
MaxGenes = Annotated[int, Field(strict=True, ge=1, le=MAX_GENES)]
AngleSigma = Annotated[float, Field(strict=True, gt=0, le=100, allow_inf_nan=False)]
OperatorWeight = Annotated[float, Field(strict=True, ge=0, le=1e6, allow_inf_nan=False)]


def _default_weights() -> dict[str, float]:
    weights = {name: 1.0 for name in PAPER_OPERATORS}
    weights["perturbation"] = 0.0
    return weights


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fail(message: str) -> None:
    raise ValueError(f"invalid GA config: {message}")


@dataclass(frozen=True)
class GAConfig:
    """Parameters of the genetic algorithm (see the module docstring for the conventions).

    * ``population``: individuals per generation (2 to 100000).
    * ``generations``: generations after generation 0 (0 to :data:`MAX_GENERATIONS`); ``evolve``
      stops at this index.
    * ``elite``: best individuals copied unchanged into the next generation (0 <= elite <
      population; >= 1 makes the search elitist, the default is 2).
    * ``tournament_size``: contestants per tournament selection (1 to 100000).
    * ``crossover_prob``: probability that a pair of offspring is recombined by one-point
      cut-and-splice crossover.
    * ``mutation_prob``: probability that an offspring gets one mutation.
    * ``operator_weights``: relative weights of the mutation operators (each 0 to 1e6), keys from
      ``OPERATOR_NAMES``; missing keys keep their default (1 for the paper's five, 0 for
      ``perturbation``, i.e. off). At least one weight must be positive.
    * ``series_max``: maximum length of a contiguous series handled by an operator (1 to 400).
    * ``min_genes``/``max_genes``: bounds on genome length (0 <= min_genes <= max_genes <= 400,
      max_genes >= 1), respected by every operator. ``min_genes`` may be 0 so that the empty genome
      (bare GHZ probe) is a legal individual.
    * ``initial_genes``: inclusive range ``(lo, hi)`` of random genome lengths in generation 0.
    * ``gates``: gate types for newly generated genes (a subset of ``ansatz.GATES``, as spelled there).
    * ``init_genomes``: seed genomes placed first in generation 0 (at most ``population``;
      each must have a length within ``[min_genes, max_genes]``).
    * ``angle_sigma``: standard deviation (radians, > 0 and <= 100) of the ``perturbation`` operator.
    * ``permutation_whole_prob``: probability that ``permutation`` shuffles the whole
      chromosome rather than one series.
    """

    population: Population = 48
    generations: Generations = 30
    elite: Elite = 2
    tournament_size: TournamentSize = 3
    crossover_prob: Probability = 0.2
    mutation_prob: Probability = 0.9
    operator_weights: Any = field(default_factory=_default_weights)
    series_max: SeriesMax = 3
    min_genes: MinGenes = 0
    max_genes: MaxGenes = 30
    initial_genes: Any = (2, 10)
    gates: Any = GATES
    init_genomes: Any = ()
    angle_sigma: AngleSigma = 0.1
    permutation_whole_prob: Probability = 0.5

    def __post_init__(self) -> None:
        fail = _fail
        if not self.elite < self.population:
            fail(f"elite must satisfy 0 <= elite < population ({self.population}), got {self.elite}")
        if not self.min_genes <= self.max_genes:
            fail(f"need 0 <= min_genes <= max_genes, got min_genes={self.min_genes}, "
                 f"max_genes={self.max_genes}")

        # initial_genes: (lo, hi) inclusive, inside the genome bounds.
        ig = self.initial_genes
        if isinstance(ig, (str, bytes)) or not isinstance(ig, Sequence) or len(ig) != 2 \
                or not all(_is_int(v) for v in ig):
            fail(f"initial_genes must be a pair of integers (lo, hi), got {ig!r}")
        lo, hi = int(ig[0]), int(ig[1])
        if not self.min_genes <= lo <= hi <= self.max_genes:
            fail(f"initial_genes ({lo}, {hi}) must satisfy min_genes ({self.min_genes}) <= lo "
                 f"<= hi <= max_genes ({self.max_genes})")
        object.__setattr__(self, "initial_genes", (lo, hi))

        # gates: non-empty subset of the ansatz gate set, no duplicates.
        gates = self.gates
        if isinstance(gates, str) or not isinstance(gates, Sequence) or not gates:
            fail(f"gates must be a non-empty list of gate names, got {gates!r}")
        gates = tuple(gates)
        unknown = [g for g in gates if g not in GATES]
        if unknown:
            fail(f"unknown gate(s) {unknown}; known gates: {', '.join(GATES)}")
        if len(set(gates)) != len(gates):
            fail(f"gates contains duplicates: {list(gates)}")
        object.__setattr__(self, "gates", gates)

        # operator weights: known names only, within OperatorWeight's limits, one positive.
        raw = self.operator_weights
        if not isinstance(raw, Mapping):
            fail(f"operator_weights must be a mapping name -> weight, got {raw!r}")
        unknown = sorted(set(raw) - set(OPERATOR_NAMES))
        if unknown:
            fail(f"unknown operator(s) {unknown} in operator_weights; known: "
                 f"{', '.join(OPERATOR_NAMES)}")
        weights = _default_weights()
        for name, w in raw.items():
            if not (_is_int(w) or isinstance(w, float)) or not math.isfinite(w) or not 0 <= w <= 1e6:
                fail(f"operator weight {name!r} must be a finite number in [0, 1e6], got {w!r}")
            weights[name] = float(w)
        if not any(w > 0 for w in weights.values()):
            fail("at least one operator weight must be positive")
        object.__setattr__(self, "operator_weights", weights)

        # init_genomes: sequences of Gene within the length bounds (wires are checked against
        # n_qubits when the toolbox is built).
        seeds = self.init_genomes
        if seeds is None:
            seeds = ()
        if isinstance(seeds, (str, bytes)) or not isinstance(seeds, Sequence):
            fail(f"init_genomes must be a list of genomes, got {seeds!r}")
        normalised = []
        for i, genome in enumerate(seeds):
            if isinstance(genome, (str, bytes)) or not isinstance(genome, Sequence):
                fail(f"init_genomes[{i}] must be a list of genes, got {genome!r}")
            genome = tuple(genome)
            if not all(isinstance(g, Gene) for g in genome):
                fail(f"init_genomes[{i}] must contain only ansatz.Gene objects")
            if not self.min_genes <= len(genome) <= self.max_genes:
                fail(f"init_genomes[{i}] has {len(genome)} genes, outside [min_genes, "
                     f"max_genes] = [{self.min_genes}, {self.max_genes}]"
                     + (" (set min_genes to 0 to seed the empty genome)" if not genome else ""))
            normalised.append(genome)
        if len(normalised) > self.population:
            fail(f"{len(normalised)} init_genomes do not fit a population of {self.population}")
        object.__setattr__(self, "init_genomes", tuple(normalised))

    def weight_vector(self, names: Sequence[str] = OPERATOR_NAMES) -> list[float]:
        """The operator weights in the order of ``names``."""
        return [self.operator_weights[n] for n in names]


def _one_line(err: ValidationError) -> str:
    """The first problem of a failed :class:`GAConfig` validation, as ``invalid GA config: ...``."""
    e = err.errors()[0]
    if e["type"] == "value_error":  # raised by __post_init__, already one line
        return str(e["ctx"]["error"])
    name = ".".join(str(x) for x in e["loc"])
    return f"invalid GA config: {name}: {e['msg'][0].lower()}{e['msg'][1:]}, got {e.get('input')!r}"


_validated_init = GAConfig.__init__


def _init(self, *args: Any, **kwargs: Any) -> None:
    try:
        _validated_init(self, *args, **kwargs)
    except ValidationError as err:
        raise ValueError(_one_line(err)) from None


GAConfig.__init__ = _init  # type: ignore[method-assign]
