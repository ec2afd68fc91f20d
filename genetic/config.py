"""Configuration of the genetic search: :class:`GAConfig`, a frozen, validated dataclass.

Plain Python on purpose: the vqs configuration layer builds it from YAML. Every field has a
default; ``__post_init__`` normalises the containers (tuples, a plain ``dict`` of operator
weights) and raises :class:`ValueError` with one clear message for an invalid value.

Counting convention: generation 0 is the initial population; ``generations`` further
generations follow it, so a full run records ``generations + 1`` history rows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ansatz import GATES, Gene

#: The seed paper's five mutation operators, in this (canonical) order.
PAPER_OPERATORS = ("deletion", "insertion", "replacement", "swap", "permutation")
#: The optional sixth operator (Gaussian perturbation of the angles of one series).
OPTIONAL_OPERATORS = ("perturbation",)
OPERATOR_NAMES = PAPER_OPERATORS + OPTIONAL_OPERATORS


def _default_weights() -> dict[str, float]:
    weights = {name: 1.0 for name in PAPER_OPERATORS}
    weights["perturbation"] = 0.0
    return weights


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_real(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass(frozen=True)
class GAConfig:
    """Parameters of the genetic algorithm (see the module docstring for the conventions).

    * ``population``: individuals per generation (>= 2).
    * ``generations``: generations after generation 0 (>= 0); ``evolve`` stops at this index.
    * ``elite``: best individuals copied unchanged into the next generation (0 <= elite <
      population; >= 1 makes the search elitist, the default is 2).
    * ``tournament_size``: contestants per tournament selection (>= 1).
    * ``crossover_prob``: probability that a pair of offspring is recombined by one-point
      cut-and-splice crossover.
    * ``mutation_prob``: probability that an offspring gets one mutation.
    * ``operator_weights``: relative weights of the mutation operators, keys from
      ``OPERATOR_NAMES``; missing keys keep their default (1 for the paper's five, 0 for
      ``perturbation``, i.e. off). At least one weight must be positive.
    * ``series_max``: maximum length of a contiguous series handled by an operator (>= 1).
    * ``min_genes``/``max_genes``: bounds on genome length, respected by every operator.
      ``min_genes`` may be 0 so that the empty genome (bare GHZ probe) is a legal individual.
    * ``initial_genes``: inclusive range ``(lo, hi)`` of random genome lengths in generation 0.
    * ``gates``: gate types for newly generated genes (subset of ``ansatz.GATES``).
    * ``init_genomes``: seed genomes placed first in generation 0 (at most ``population``;
      each must have a length within ``[min_genes, max_genes]``).
    * ``angle_sigma``: standard deviation (radians) of the ``perturbation`` operator.
    * ``permutation_whole_prob``: probability that ``permutation`` shuffles the whole
      chromosome rather than one series.
    """

    population: int = 48
    generations: int = 30
    elite: int = 2
    tournament_size: int = 3
    crossover_prob: float = 0.2
    mutation_prob: float = 0.9
    operator_weights: Mapping[str, float] = field(default_factory=_default_weights)
    series_max: int = 3
    min_genes: int = 0
    max_genes: int = 30
    initial_genes: tuple[int, int] = (2, 10)
    gates: tuple[str, ...] = GATES
    init_genomes: tuple[tuple[Gene, ...], ...] = ()
    angle_sigma: float = 0.1
    permutation_whole_prob: float = 0.5

    def __post_init__(self) -> None:
        def fail(message: str) -> None:
            raise ValueError(f"invalid GA config: {message}")

        for name in ("population", "generations", "elite", "tournament_size", "series_max",
                     "min_genes", "max_genes"):
            if not _is_int(getattr(self, name)):
                fail(f"{name} must be an integer, got {getattr(self, name)!r}")
        if self.population < 2:
            fail(f"population must be >= 2, got {self.population}")
        if self.generations < 0:
            fail(f"generations must be >= 0, got {self.generations}")
        if not 0 <= self.elite < self.population:
            fail(f"elite must satisfy 0 <= elite < population ({self.population}), got {self.elite}")
        if self.tournament_size < 1:
            fail(f"tournament_size must be >= 1, got {self.tournament_size}")
        for name in ("crossover_prob", "mutation_prob", "permutation_whole_prob"):
            p = getattr(self, name)
            if not _is_real(p) or not 0.0 <= p <= 1.0:
                fail(f"{name} must be a probability in [0, 1], got {p!r}")
        if self.series_max < 1:
            fail(f"series_max must be >= 1, got {self.series_max}")
        if not 0 <= self.min_genes <= self.max_genes:
            fail(f"need 0 <= min_genes <= max_genes, got min_genes={self.min_genes}, "
                 f"max_genes={self.max_genes}")
        if self.max_genes < 1:
            fail(f"max_genes must be >= 1, got {self.max_genes}")
        if not _is_real(self.angle_sigma) or not math.isfinite(self.angle_sigma) \
                or self.angle_sigma < 0:
            fail(f"angle_sigma must be a finite number >= 0, got {self.angle_sigma!r}")

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
        gates = tuple(str(g).upper() if isinstance(g, str) else g for g in gates)
        unknown = [g for g in gates if g not in GATES]
        if unknown:
            fail(f"unknown gate(s) {unknown}; known gates: {', '.join(GATES)}")
        if len(set(gates)) != len(gates):
            fail(f"gates contains duplicates: {list(gates)}")
        object.__setattr__(self, "gates", gates)

        # operator weights: known names only, non-negative finite, one positive.
        raw = self.operator_weights
        if not isinstance(raw, Mapping):
            fail(f"operator_weights must be a mapping name -> weight, got {raw!r}")
        unknown = sorted(set(raw) - set(OPERATOR_NAMES))
        if unknown:
            fail(f"unknown operator(s) {unknown} in operator_weights; known: "
                 f"{', '.join(OPERATOR_NAMES)}")
        weights = _default_weights()
        for name, w in raw.items():
            if not _is_real(w) or not math.isfinite(w) or w < 0:
                fail(f"operator weight {name!r} must be a finite number >= 0, got {w!r}")
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
