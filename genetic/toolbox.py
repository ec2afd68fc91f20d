"""DEAP classes and the toolbox factory.

:class:`FitnessMax` and :class:`Individual` are ordinary module-level classes (not
``deap.creator`` globals), so any number of searches can coexist in one process.
:func:`make_toolbox` returns a fresh ``deap.base.Toolbox`` whose operators are bound to one
explicit ``numpy.random.Generator``; nothing uses Python's ``random`` module or numpy's global
generator (DEAP's ``tools.selTournament`` uses ``random``, hence :func:`tournament`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from deap import base

from ansatz import Gene, random_genes
from genetic import operators
from genetic.config import OPERATOR_NAMES, GAConfig


class FitnessMax(base.Fitness):
    """Single-objective fitness, maximised (higher is better; ``-inf`` marks invalid)."""

    weights = (1.0,)


class Individual(list):
    """A genome (list of :class:`ansatz.Gene`) with a :class:`FitnessMax` attribute."""

    def __init__(self, genes: Iterable[Gene] = ()):
        super().__init__(genes)
        self.fitness = FitnessMax()

    @property
    def score(self) -> float:
        """The fitness value (``-inf`` when not evaluated)."""
        return float(self.fitness.values[0]) if self.fitness.valid else float("-inf")


def clone(ind: Individual) -> Individual:
    """Copy of an individual with a copy of its fitness (genes are immutable, shared)."""
    new = Individual(ind)
    if ind.fitness.valid:
        new.fitness.values = ind.fitness.values
    return new


def tournament(individuals: Sequence[Individual], k: int, rng: np.random.Generator,
               tournsize: int) -> list[Individual]:
    """``k`` tournament winners; contestants drawn uniformly with replacement from ``rng``.

    Ties go to the contestant drawn first. Returns references (clone before modifying).
    """
    chosen = []
    for _ in range(k):
        draws = rng.integers(0, len(individuals), size=tournsize)
        best = individuals[int(draws[0])]
        for d in draws[1:]:
            ind = individuals[int(d)]
            if ind.score > best.score:
                best = ind
        chosen.append(best)
    return chosen


def random_individual(rng: np.random.Generator, config: GAConfig, n_qubits: int) -> Individual:
    """A random genome with length uniform in ``config.initial_genes`` (inclusive)."""
    lo, hi = config.initial_genes
    length = int(rng.integers(lo, hi + 1))
    return Individual(random_genes(rng, n_qubits, length, config.gates))


def _mate(a: Sequence[Gene], b: Sequence[Gene], rng: np.random.Generator,
          config: GAConfig) -> tuple[Individual, Individual]:
    x, y = operators.crossover(a, b, rng, config)
    return Individual(x), Individual(y)


def _mutate(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
            n_qubits: int) -> tuple[Individual, str | None]:
    genes, name = operators.mutate(genome, rng, config, n_qubits)
    return Individual(genes), name


def check_n_qubits(config: GAConfig, n_qubits: int) -> None:
    """Raise ValueError when ``n_qubits`` does not fit the gate set or the seed genomes."""
    if isinstance(n_qubits, bool) or not isinstance(n_qubits, int) or n_qubits < 1:
        raise ValueError(f"n_qubits must be an integer >= 1, got {n_qubits!r}")
    if n_qubits < 2 and all(g == "CRX" for g in config.gates):
        raise ValueError(f"gates {list(config.gates)} need at least 2 qubits, got {n_qubits}")
    for i, genome in enumerate(config.init_genomes):
        for j, gene in enumerate(genome):
            try:
                gene.validate(n_qubits)
            except ValueError as err:
                raise ValueError(f"init_genomes[{i}] gene {j}: {err}") from None


def make_toolbox(config: GAConfig, rng: np.random.Generator, n_qubits: int) -> base.Toolbox:
    """A DEAP toolbox whose operators all draw from ``rng``.

    Registered (call as ``toolbox.name(...)``):

    * ``individual()`` -> random :class:`Individual` (length from ``initial_genes``);
    * ``deletion``, ``insertion``, ``replacement``, ``swap``, ``permutation``,
      ``perturbation`` ``(genome)`` -> new gene list (see :mod:`genetic.operators`);
    * ``mutate(genome)`` -> ``(Individual, operator name or None)``, one operator by weight;
    * ``mate(a, b)`` -> two :class:`Individual` children (cut-and-splice);
    * ``select(individuals, k)`` -> ``k`` tournament winners of ``config.tournament_size``;
    * ``clone(individual)``.
    """
    if not isinstance(rng, np.random.Generator):
        raise TypeError(f"rng must be a numpy.random.Generator, got {type(rng).__name__}")
    check_n_qubits(config, n_qubits)
    tb = base.Toolbox()
    tb.register("individual", random_individual, rng, config, n_qubits)
    for name in OPERATOR_NAMES:
        op = operators.OPERATORS[name]

        def bound(genome, _op=op):
            return _op(genome, rng, config, n_qubits)

        bound.__name__ = name
        bound.__doc__ = op.__doc__
        tb.register(name, bound)
    tb.register("mutate", _mutate, rng=rng, config=config, n_qubits=n_qubits)
    tb.register("mate", _mate, rng=rng, config=config)
    tb.register("select", tournament, rng=rng, tournsize=config.tournament_size)
    tb.register("clone", clone)
    return tb
