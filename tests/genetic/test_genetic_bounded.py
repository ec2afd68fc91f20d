"""The GA state stays bounded: an LRU fitness cache of CACHE_PER_INDIVIDUAL x population genomes and
an archive of the best structures that ranks exactly like the unbounded cache did."""

from __future__ import annotations

import json

import numpy as np
import pytest

from genetic import GAConfig, evolve, state_from_dict, state_to_dict
from genetic.evolve import CACHE_PER_INDIVIDUAL, best_structures

N_QUBITS = 2


def toy_fitness(genomes):
    return np.array([-np.inf if len(g) > 6 else -abs(len(g) - 3) - sum(abs(x.angle - 0.3) for x in g)
                     for g in genomes])


def _config(**kw):
    base = dict(population=6, generations=60, elite=1, max_genes=8, initial_genes=(1, 4), crossover_prob=0.3,
                operator_weights={"perturbation": 0.6, "insertion": 0.2, "deletion": 0.2})
    base.update(kw)
    return GAConfig(**base)


def _recording(log):
    def fitness(genomes):
        values = toy_fitness(genomes)
        log.extend((tuple(g), float(v)) for g, v in zip(genomes, values))
        return values
    return fitness


@pytest.mark.parametrize("population, generations", [(4, 80), (6, 60), (10, 30)])
def test_cache_is_bounded_and_archive_ranks_like_every_genome(population, generations):
    log = []
    states = []
    result = evolve(_config(population=population, generations=generations), _recording(log), N_QUBITS, seed=3,
                    on_generation=states.append)
    cap = CACHE_PER_INDIVIDUAL * population
    assert max(len(s.cache) for s in states) <= cap
    assert len(log) > cap  # the run evaluated more genomes than the cache keeps: the bound was exercised
    for s in states:  # every genome of the population is in the cache
        assert all(g in s.cache for g, _ in s.population)
    for k in (1, 3, 16):
        assert result.best_structures(k) == best_structures(log, k)


def test_checkpoint_size_does_not_grow_with_the_cache():
    """The JSON checkpoint minus its history (one row per generation) has a size bounded by the
    population: at 40 and at 160 generations it is under the same bound."""
    def size_without_history(generations):
        state = evolve(_config(generations=generations), toy_fitness, N_QUBITS, seed=1).state
        data = state_to_dict(state)
        data["history"] = []
        return len(json.dumps(data))

    pop, genes = 6, 8
    per_genome = len(json.dumps([[["CRX", 1, 0, -0.12345678901234567]] * genes, -1.2345678901234567])) + 2
    bound = (pop * (CACHE_PER_INDIVIDUAL + 1) + 16) * per_genome + 2000
    assert size_without_history(40) <= bound and size_without_history(160) <= bound


def test_version_1_checkpoint_resumes_like_the_run():
    """A version 1 checkpoint (no archive, cache of every genome) continues to the same result."""
    straight = evolve(_config(generations=20), toy_fitness, N_QUBITS, seed=7)
    first = evolve(_config(generations=8), toy_fitness, N_QUBITS, seed=7)
    data = state_to_dict(first.state)
    del data["archive"]
    data["version"] = 1
    resumed = evolve(_config(generations=20), toy_fitness, N_QUBITS, seed=7,
                     state=state_from_dict(json.loads(json.dumps(data))))
    assert resumed.history == straight.history and resumed.population == straight.population
    assert resumed.best_structures(5) == straight.best_structures(5)


def test_keep_structures_is_checked():
    with pytest.raises(ValueError, match="keep_structures"):
        evolve(_config(generations=1), toy_fitness, N_QUBITS, seed=0, keep_structures=0)
