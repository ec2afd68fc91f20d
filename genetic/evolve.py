"""The elitist generational loop, its resumable state and its result.

One generation (after generation 0, the initial population):

1. the ``elite`` best individuals are copied unchanged into the next generation;
2. ``population - elite`` parents are chosen by tournament (size ``tournament_size``);
3. consecutive pairs of parents are recombined with probability ``crossover_prob``
   (cut-and-splice), then each offspring is mutated with probability ``mutation_prob`` by one
   operator drawn by weight (see :mod:`genetic.operators`);
4. the genomes whose fitness is unknown are evaluated in **one** call of ``fitness_batch``
   (each distinct genome once; results are cached by genome value, angles included, in a
   least-recently-used cache of :data:`CACHE_PER_INDIVIDUAL` x ``population`` genomes, so a
   genome of the population, or one seen in the last generations, is never evaluated twice);
5. the new population (elites first, then offspring) is sorted best first (stable, so an
   elite wins ties and the best individual is never lost).

Generation 0 is ``config.init_genomes`` followed by random genomes with lengths uniform in
``config.initial_genes``. The loop runs until generation index ``config.generations``.

Everything needed to continue is a :class:`GAState` (plain data: :mod:`genetic.checkpoint`) handed to ``on_generation``
after every generation (generation 0 included). ``evolve(..., state=s)`` continues from it and
reproduces exactly what an uninterrupted run with the same seed would have done.

History rows (one per generation, generation 0 included) are dicts with keys
``generation``, ``best`` (best fitness), ``mean`` (mean of the finite fitness values; NaN
when none is finite), ``diversity`` (number of distinct *structures* in the population
divided by the population size, in (0, 1]; a structure is the genome with angles ignored),
``n_evaluated`` (genomes passed to ``fitness_batch`` in that generation), ``n_invalid``
(individuals with non-finite fitness) and ``best_length`` (genes of the best genome).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ansatz import Gene
from genetic.config import GAConfig
from genetic.toolbox import Individual, check_n_qubits, make_toolbox

CACHE_PER_INDIVIDUAL = 8
"""The fitness cache holds at most this many genomes per individual of the population (least
recently used first out; every genome of the current population is used each generation), so the
state, and a checkpoint of it, stays bounded however many generations run."""
KEEP_STRUCTURES = 16
"""Default of ``evolve(..., keep_structures=)``: the best structures remembered over the whole run."""

GenomeKey = tuple[Gene, ...]
Structure = tuple[tuple[str, "int | None", int], ...]
FitnessBatch = Callable[[list[list[Gene]]], Any]


def structure_of(genome: Iterable[Gene]) -> Structure:
    """The genome with angles ignored: a tuple of ``(gate, control, target)``."""
    return tuple((g.gate, g.control, g.target) for g in genome)


@dataclass
class GAState:
    """Everything needed to continue a search (plain data and frozen genes; :mod:`genetic.checkpoint`).

    ``population`` is sorted best first as ``(genome, fitness)`` pairs; ``rng_state`` is
    ``rng.bit_generator.state`` after the generation; ``cache`` maps the genomes evaluated most
    recently (at most :data:`CACHE_PER_INDIVIDUAL` x population, least recently used first) to
    their fitness; ``history`` holds one row per generation so far; ``archive`` is the best genome
    of each of the best ``keep_structures`` structures evaluated so far, best first
    (:func:`best_structures` of every genome evaluated in the run).
    """

    generation: int
    seed: int
    n_qubits: int
    population: list[tuple[GenomeKey, float]]
    rng_state: dict[str, Any]
    cache: dict[GenomeKey, float]
    history: list[dict[str, Any]] = field(default_factory=list)
    archive: list[tuple[GenomeKey, float]] = field(default_factory=list)

    @property
    def best(self) -> tuple[GenomeKey, float]:
        return self.population[0]


@dataclass(frozen=True)
class RankedStructure:
    """One distinct structure with its best-scoring genome (for angle refinement)."""

    structure: Structure
    genome: list[Gene]
    fitness: float


def best_structures(scored: Iterable[tuple[Sequence[Gene], float]], k: int
                    ) -> list[RankedStructure]:
    """The ``k`` best distinct structures among ``(genome, fitness)`` pairs.

    Pairs are ranked by fitness (stable: earlier pairs win ties); each structure appears once,
    with its best genome. Non-finite fitness values (invalid genomes) are skipped.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    ranked = sorted(
        ((tuple(g), float(f)) for g, f in scored if math.isfinite(f)),
        key=lambda pair: -pair[1],
    )
    out: list[RankedStructure] = []
    seen: set[Structure] = set()
    for genome, fit in ranked:
        if len(out) >= k:
            break
        s = structure_of(genome)
        if s in seen:
            continue
        seen.add(s)
        out.append(RankedStructure(s, list(genome), fit))
    return out


@dataclass
class GAResult:
    """Outcome of :func:`evolve`: best genome, sorted final population, history, state."""

    best_genome: list[Gene]
    best_fitness: float
    population: list[tuple[list[Gene], float]]
    history: list[dict[str, Any]]
    state: GAState

    def best_structures(self, k: int, *, source: str = "all") -> list[RankedStructure]:
        """The ``k`` best distinct structures, each with its best-scoring genome.

        ``source="all"`` ranks every genome evaluated during the run (the state's archive, exact for
        ``k`` up to the ``keep_structures`` of :func:`evolve`); ``source="population"`` only the final
        population.
        """
        if source == "all":
            return best_structures(self.state.archive, k)
        if source == "population":
            return best_structures(self.population, k)
        raise ValueError(f"source must be 'all' or 'population', got {source!r}")


def _score(ind: Individual) -> float:
    return ind.score


def _evaluate(individuals: Sequence[Individual], cache: dict[GenomeKey, float],
              fitness_batch: FitnessBatch, capacity: int) -> list[tuple[GenomeKey, float]]:
    """Assign fitness to all individuals; one batch call for the distinct unknown genomes. The
    cache is least recently used first: known genomes move to its end, new ones are added there,
    then the oldest go until at most ``capacity`` remain. Returns the new (genome, fitness) pairs."""
    pending: dict[GenomeKey, None] = {}
    known: dict[GenomeKey, float] = {}
    for ind in individuals:
        key = tuple(ind)
        if key in known or key in pending:
            continue
        if key in cache:
            known[key] = cache.pop(key)
            cache[key] = known[key]  # most recently used
        else:
            pending[key] = None
    new: list[tuple[GenomeKey, float]] = []
    if pending:
        keys = list(pending)
        values = np.asarray(fitness_batch([list(k) for k in keys]), dtype=float)
        if values.shape != (len(keys),):
            raise ValueError(f"fitness_batch returned shape {values.shape} for "
                             f"{len(keys)} genomes; expected ({len(keys)},)")
        values = np.where(np.isnan(values), -np.inf, values)
        for key, value in zip(keys, values):
            known[key] = cache[key] = float(value)
            new.append((key, float(value)))
    for ind in individuals:
        ind.fitness.values = (known[tuple(ind)],)
    for key in list(cache)[:max(0, len(cache) - capacity)]:
        del cache[key]
    return new


def _archive(archive: list[tuple[GenomeKey, float]], new: list[tuple[GenomeKey, float]],
             keep: int) -> list[tuple[GenomeKey, float]]:
    """The best genome of each of the ``keep`` best structures among ``archive`` (older, ranked) and
    ``new``: equal to :func:`best_structures` of every pair ever added, for any k <= keep (a
    structure among the k best of all is among the k best of the pairs before it came)."""
    return [(tuple(r.genome), r.fitness) for r in best_structures(list(archive) + list(new), keep)]


def _row(generation: int, population: Sequence[Individual], n_evaluated: int) -> dict:
    scores = [ind.score for ind in population]
    finite = [s for s in scores if math.isfinite(s)]
    structures = {structure_of(ind) for ind in population}
    return {
        "generation": generation,
        "best": scores[0],
        "mean": float(np.mean(finite)) if finite else float("nan"),
        "diversity": len(structures) / len(population),
        "n_evaluated": n_evaluated,
        "n_invalid": len(scores) - len(finite),
        "best_length": len(population[0]),
    }


def _snapshot(generation: int, seed: int, n_qubits: int, population: Sequence[Individual],
              rng: np.random.Generator, cache: dict, history: list, archive: list) -> GAState:
    return GAState(
        generation=generation,
        seed=seed,
        n_qubits=n_qubits,
        population=[(tuple(ind), ind.score) for ind in population],
        rng_state=copy.deepcopy(rng.bit_generator.state),
        cache=dict(cache),
        history=[dict(r) for r in history],
        archive=list(archive),
    )


def _restore_rng(state: dict[str, Any]) -> np.random.Generator:
    name = state.get("bit_generator")
    cls = getattr(np.random, str(name), None)
    if cls is None or not isinstance(cls, type) or not issubclass(cls, np.random.BitGenerator):
        raise ValueError(f"cannot restore a random generator of type {name!r}")
    bit_generator = cls()
    bit_generator.state = copy.deepcopy(state)
    return np.random.Generator(bit_generator)


def _sorted(population: list[Individual]) -> list[Individual]:
    return sorted(population, key=lambda ind: -_score(ind))  # stable: earlier wins ties


def evolve(
    config: GAConfig,
    fitness_batch: FitnessBatch,
    n_qubits: int,
    seed: int,
    *,
    state: GAState | None = None,
    on_generation: Callable[[GAState], None] | None = None,
    keep_structures: int = KEEP_STRUCTURES,
) -> GAResult:
    """Run (or continue) the elitist GA up to generation ``config.generations``.

    ``fitness_batch(genomes)`` receives a list of genomes (lists of :class:`ansatz.Gene`) whose
    fitness is not yet known and returns one value per genome (higher is better; ``-inf`` or
    NaN for invalid). It is called at most once per generation, never with a genome seen
    before in this run (nor twice with the same genome), and not at all when every genome is
    already known. ``on_generation(state)`` is called after every generation with a fresh,
    independent :class:`GAState` (safe to keep; :func:`genetic.state_to_dict` stores it).
    Passing ``state`` continues that search (it must come from a run with the same ``seed``,
    ``n_qubits`` and population size). ``keep_structures``: how many best structures the state's
    archive keeps (:meth:`GAResult.best_structures` is exact up to that many).
    """
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be an integer >= 0, got {seed!r}")
    seed = int(seed)
    check_n_qubits(config, n_qubits)
    if isinstance(keep_structures, bool) or not isinstance(keep_structures, int) or keep_structures < 1:
        raise ValueError(f"keep_structures must be an integer >= 1, got {keep_structures!r}")
    capacity = CACHE_PER_INDIVIDUAL * config.population

    if state is None:
        rng = np.random.default_rng(seed)
        tb = make_toolbox(config, rng, n_qubits)
        population = [Individual(g) for g in config.init_genomes]
        population += [tb.individual() for _ in range(config.population - len(population))]
        cache: dict[GenomeKey, float] = {}
        new = _evaluate(population, cache, fitness_batch, capacity)
        archive = _archive([], new, keep_structures)
        population = _sorted(population)
        history = [_row(0, population, len(new))]
        generation = 0
        current = _snapshot(generation, seed, n_qubits, population, rng, cache, history, archive)
        if on_generation is not None:
            on_generation(current)
    else:
        if not isinstance(state, GAState):
            raise TypeError(f"state must be a GAState, got {type(state).__name__}")
        if state.seed != seed:
            raise ValueError(f"state comes from seed {state.seed}, not {seed}")
        if state.n_qubits != n_qubits:
            raise ValueError(f"state is for {state.n_qubits} qubits, not {n_qubits}")
        if len(state.population) != config.population:
            raise ValueError(f"state has a population of {len(state.population)}, the config "
                             f"asks for {config.population}")
        rng = _restore_rng(state.rng_state)
        tb = make_toolbox(config, rng, n_qubits)
        population = []
        for genome, fit in state.population:
            ind = Individual(genome)
            ind.fitness.values = (float(fit),)
            population.append(ind)
        cache = dict(state.cache)
        # a state without an archive (a version 1 checkpoint, whose cache held every genome): rank its cache
        archive = list(state.archive) or _archive([], list(state.cache.items()), keep_structures)
        history = [dict(r) for r in state.history]
        generation = state.generation
        current = state

    while generation < config.generations:
        generation += 1
        elites = [tb.clone(ind) for ind in population[:config.elite]]
        offspring = [tb.clone(ind) for ind in tb.select(population, len(population) - len(elites))]
        for k in range(0, len(offspring) - 1, 2):
            if rng.random() < config.crossover_prob:
                offspring[k], offspring[k + 1] = tb.mate(offspring[k], offspring[k + 1])
        for k in range(len(offspring)):
            if rng.random() < config.mutation_prob:
                offspring[k], _ = tb.mutate(offspring[k])
        population = elites + offspring
        new = _evaluate(population, cache, fitness_batch, capacity)
        archive = _archive(archive, new, keep_structures)
        population = _sorted(population)
        history.append(_row(generation, population, len(new)))
        current = _snapshot(generation, seed, n_qubits, population, rng, cache, history, archive)
        if on_generation is not None:
            on_generation(current)

    return GAResult(
        best_genome=list(current.population[0][0]),
        best_fitness=current.population[0][1],
        population=[(list(g), f) for g, f in current.population],
        history=[dict(r) for r in current.history],
        state=current,
    )
