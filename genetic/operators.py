"""Variation operators on genomes (lists of :class:`ansatz.Gene`).

A genome is the gate sequence that follows the probe's initial state. The mutation operators
are exactly the seed paper's five; each acts on a randomly chosen **contiguous series** of
genes whose length is drawn uniformly from ``1..series_max``:

* **deletion**: remove one series (the genome shortens by the series length).
* **insertion**: insert a series of newly generated random genes at a random position (the
  genome lengthens by the series length).
* **replacement**: deletion followed by insertion at the same place: a series is removed
  and a newly generated series (of independently drawn length) takes its place, so the
  genome changes in one contiguous block.
* **swap**: two non-overlapping series (possibly of different lengths) exchange places;
  the multiset of genes is preserved.
* **permutation**: shuffle the genes of the whole chromosome (with probability
  ``permutation_whole_prob``) or of one series of length ``2..series_max``; the multiset of
  genes is preserved.

A sixth, optional operator, **perturbation**, adds Gaussian noise of standard deviation
``angle_sigma`` to the angles of one series (wrapped to ``[-pi, pi)``); its default weight
is 0 (off).

Bounds: every operator returns a genome with ``min_genes <= len <= max_genes`` when its input
is within the bounds. An operator whose series would break a bound is *adapted* (the series
length is clipped so that the result stays in bounds) or, when no series fits, *skipped*: the
input is returned unchanged (as a new list). :func:`applicable` tells whether an operator can
change a genome of a given length, so that :func:`mutate` only picks operators that can act.

Crossover (optional) is one-point cut-and-splice: parent ``a`` is cut at ``i`` and parent
``b`` at ``j`` and the tails are exchanged; the cuts are drawn so that both children respect
the bounds.

All randomness comes from the explicit ``numpy.random.Generator`` argument; nothing here
touches Python's ``random`` module or numpy's global generator. Operators never modify their
input.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from ansatz import Gene, random_genes
from genetic.config import OPERATOR_NAMES, GAConfig

Genome = list[Gene]
Operator = Callable[[Sequence[Gene], np.random.Generator, GAConfig, int], Genome]


def _series_length(rng: np.random.Generator, config: GAConfig) -> int:
    return int(rng.integers(1, config.series_max + 1))


def deletion(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
             n_qubits: int) -> Genome:
    """Remove one contiguous series (clipped so that at least ``min_genes`` remain)."""
    genes = list(genome)
    length = min(_series_length(rng, config), len(genes) - config.min_genes)
    if length < 1:
        return genes
    start = int(rng.integers(0, len(genes) - length + 1))
    return genes[:start] + genes[start + length:]


def insertion(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
              n_qubits: int) -> Genome:
    """Insert a series of new random genes (clipped so that at most ``max_genes`` result)."""
    genes = list(genome)
    length = min(_series_length(rng, config), config.max_genes - len(genes))
    if length < 1:
        return genes
    start = int(rng.integers(0, len(genes) + 1))
    new = random_genes(rng, n_qubits, length, config.gates)
    return genes[:start] + new + genes[start:]


def replacement(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
                n_qubits: int) -> Genome:
    """Delete a series and insert a new series of independently drawn length in its place.

    The deleted length is clipped to the genome length; the inserted length is then clipped
    to keep the result within ``[min_genes, max_genes]`` (never below 1).
    """
    genes = list(genome)
    removed = min(_series_length(rng, config), len(genes))
    if removed < 1:
        return genes
    inserted = _series_length(rng, config)
    rest = len(genes) - removed
    inserted = max(inserted, config.min_genes - rest, 1)
    inserted = min(inserted, config.max_genes - rest, config.series_max)
    if inserted < 1 or not config.min_genes <= rest + inserted <= config.max_genes:
        return genes
    start = int(rng.integers(0, len(genes) - removed + 1))
    new = random_genes(rng, n_qubits, inserted, config.gates)
    return genes[:start] + new + genes[start + removed:]


def swap(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
         n_qubits: int) -> Genome:
    """Exchange two non-overlapping contiguous series (lengths clipped to fit together)."""
    genes = list(genome)
    n = len(genes)
    if n < 2:
        return genes
    first = _series_length(rng, config)
    second = _series_length(rng, config)
    first = min(first, n - 1)
    second = min(second, n - first)
    a = int(rng.integers(0, n - first - second + 1))
    b = int(rng.integers(a + first, n - second + 1))
    return (genes[:a] + genes[b:b + second] + genes[a + first:b] + genes[a:a + first]
            + genes[b + second:])


def permutation(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
                n_qubits: int) -> Genome:
    """Shuffle the whole chromosome, or the genes within one series of length >= 2."""
    genes = list(genome)
    n = len(genes)
    if n < 2:
        return genes
    whole = rng.random() < config.permutation_whole_prob
    if whole or config.series_max < 2:
        start, length = 0, n
    else:
        length = min(int(rng.integers(2, config.series_max + 1)), n)
        start = int(rng.integers(0, n - length + 1))
    order = rng.permutation(length)
    block = genes[start:start + length]
    return genes[:start] + [block[int(k)] for k in order] + genes[start + length:]


def perturbation(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
                 n_qubits: int) -> Genome:
    """Add N(0, angle_sigma) to the angles of one series, wrapped to [-pi, pi)."""
    genes = list(genome)
    n = len(genes)
    if n < 1:
        return genes
    length = min(_series_length(rng, config), n)
    start = int(rng.integers(0, n - length + 1))
    noise = rng.normal(0.0, config.angle_sigma, size=length)
    for k in range(length):
        g = genes[start + k]
        angle = (g.angle + float(noise[k]) + math.pi) % (2 * math.pi) - math.pi
        genes[start + k] = Gene(g.gate, g.target, g.control, float(angle))
    return genes


#: Mutation operators by name (the paper's five, then the optional perturbation).
OPERATORS: dict[str, Operator] = {
    "deletion": deletion,
    "insertion": insertion,
    "replacement": replacement,
    "swap": swap,
    "permutation": permutation,
    "perturbation": perturbation,
}
assert tuple(OPERATORS) == OPERATOR_NAMES


def applicable(name: str, length: int, config: GAConfig) -> bool:
    """Whether operator ``name`` can change a genome of ``length`` genes within the bounds."""
    if name == "deletion":
        return length > config.min_genes
    if name == "insertion":
        return length < config.max_genes
    if name == "replacement":
        return length >= 1
    if name in ("swap", "permutation"):
        return length >= 2
    if name == "perturbation":
        return length >= 1 and config.angle_sigma > 0
    raise KeyError(f"unknown operator {name!r}")


def mutate(genome: Sequence[Gene], rng: np.random.Generator, config: GAConfig,
           n_qubits: int) -> tuple[Genome, str | None]:
    """Apply one operator drawn by weight among those applicable to ``genome``.

    Returns the new genome and the operator name (``None`` and an unchanged copy when no
    operator with positive weight applies).
    """
    names = [n for n in OPERATOR_NAMES
             if config.operator_weights[n] > 0 and applicable(n, len(genome), config)]
    if not names:
        return list(genome), None
    weights = np.array([config.operator_weights[n] for n in names], dtype=float)
    name = names[int(rng.choice(len(names), p=weights / weights.sum()))]
    return OPERATORS[name](genome, rng, config, n_qubits), name


def crossover(a: Sequence[Gene], b: Sequence[Gene], rng: np.random.Generator,
              config: GAConfig) -> tuple[Genome, Genome]:
    """One-point cut-and-splice: ``a[:i] + b[j:]`` and ``b[:j] + a[i:]``, both in bounds.

    ``i`` is uniform over ``0..len(a)``; ``j`` is uniform over the cuts of ``b`` that keep
    both children within ``[min_genes, max_genes]``. When none does, the parents are
    returned unchanged (as new lists).
    """
    a, b = list(a), list(b)
    la, lb = len(a), len(b)
    i = int(rng.integers(0, la + 1))
    lo = max(0, i + lb - config.max_genes, config.min_genes - la + i)
    hi = min(lb, i + lb - config.min_genes, config.max_genes - la + i)
    if lo > hi:
        return a, b
    j = int(rng.integers(lo, hi + 1))
    return a[:i] + b[j:], b[:j] + a[i:]
