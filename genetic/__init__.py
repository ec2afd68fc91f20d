"""Genetic search of probe circuits (DEAP), independent of the vqs simulator.

A genome is a list of :class:`ansatz.Gene` (the gates after the probe's initial state). The
caller supplies a batch fitness function ``fitness_batch(genomes) -> np.ndarray`` (higher is
better, ``-inf`` for invalid) and :func:`evolve` runs an elitist, tournament-selection GA whose
mutation operators are the seed paper's five -- deletion, insertion, replacement, swap and
permutation of contiguous series of genes (see :mod:`genetic.operators`) -- plus an optional
angle perturbation and optional cut-and-splice crossover. All randomness comes from one
explicit ``numpy.random.Generator`` seeded by ``seed``; the run is resumable from the
:class:`GAState` passed to ``on_generation`` after each generation, stored as plain data by
:func:`state_to_dict` and validated back by :func:`state_from_dict` (no pickle).

This package imports ``ansatz`` and ``deap`` only, never ``vqs``.
"""

from genetic.checkpoint import state_from_dict, state_to_dict
from genetic.config import OPERATOR_NAMES, OPTIONAL_OPERATORS, PAPER_OPERATORS, GAConfig
from genetic.evolve import (
    GAResult,
    GAState,
    RankedStructure,
    best_structures,
    evolve,
    structure_of,
)
from genetic.operators import (
    OPERATORS,
    applicable,
    crossover,
    deletion,
    insertion,
    mutate,
    permutation,
    perturbation,
    replacement,
    swap,
)
from genetic.toolbox import FitnessMax, Individual, make_toolbox, tournament

__all__ = [
    "FitnessMax",
    "GAConfig",
    "GAResult",
    "GAState",
    "Individual",
    "OPERATORS",
    "OPERATOR_NAMES",
    "OPTIONAL_OPERATORS",
    "PAPER_OPERATORS",
    "RankedStructure",
    "applicable",
    "best_structures",
    "crossover",
    "deletion",
    "evolve",
    "insertion",
    "make_toolbox",
    "mutate",
    "permutation",
    "perturbation",
    "replacement",
    "state_from_dict",
    "state_to_dict",
    "structure_of",
    "swap",
    "tournament",
]
