"""GA checkpoints as plain data: exact JSON round trip, resume equivalence, validation of crafted data."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from genetic import GAConfig, evolve, state_from_dict, state_to_dict

N_QUBITS = 3


def toy_fitness(genomes):
    """Prefer 4 genes and small angles; more than 8 genes is invalid (-inf, kept in the cache)."""
    return np.array([-np.inf if len(g) > 8 else -abs(len(g) - 4) - sum(abs(x.angle) for x in g) for g in genomes])


def _config(**kw):
    base = dict(population=10, generations=6, elite=2, max_genes=12, initial_genes=(2, 5), crossover_prob=0.3,
                operator_weights={"perturbation": 0.5})
    base.update(kw)
    return GAConfig(**base)


def _json_round_trip(state):
    return state_from_dict(json.loads(json.dumps(state_to_dict(state))))


@pytest.mark.parametrize("kill_at", [0, 2, 5])
def test_json_checkpoint_resumes_exactly(kill_at):
    straight = evolve(_config(), toy_fitness, N_QUBITS, seed=5)
    first = evolve(_config(generations=kill_at), toy_fitness, N_QUBITS, seed=5)
    loaded = _json_round_trip(first.state)
    assert loaded == first.state
    resumed = evolve(_config(), toy_fitness, N_QUBITS, seed=5, state=loaded)
    assert resumed.history == straight.history and resumed.population == straight.population
    assert resumed.state.cache == straight.state.cache
    assert list(resumed.state.cache) == list(straight.state.cache)  # insertion order kept


def test_checkpoint_is_plain_data_with_no_code():
    data = state_to_dict(evolve(_config(generations=1), toy_fitness, N_QUBITS, seed=1).state)

    def plain(x):
        if isinstance(x, dict):
            return all(isinstance(k, str) and plain(v) for k, v in x.items())
        if isinstance(x, list):
            return all(plain(v) for v in x)
        return x is None or isinstance(x, (str, int, float))

    assert plain(data)


def _valid():
    return state_to_dict(evolve(_config(generations=1), toy_fitness, N_QUBITS, seed=1).state)


def _set(path, value):
    data = copy.deepcopy(_valid())
    node = data
    for p in path[:-1]:
        node = node[p]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize("data, match", [
    ([1, 2], "must be an object"),
    ({"format": "pickle"}, "not a genetic.GAState"),
    (_set(["version"], 3), "version 1 or 2"),
    (_set(["version"], True), "version 1 or 2"),
    (_set(["extra"], 1), "exactly the keys"),
    (_set(["generation"], "1"), "generation must be an integer"),
    (_set(["generation"], 7), "history has 2 rows"),
    (_set(["n_qubits"], True), "n_qubits must be an integer"),
    (_set(["population"], []), "population is empty"),
    (_set(["population", 0], {"genome": []}), r"population\[0\] must be \[genome, fitness\]"),
    (_set(["population", 0, 1], "inf"), "fitness must be a number"),
    (_set(["cache", 0, 0], [["RX", 0, None, 0.1, 9]]), "gate, target, control, angle"),
    (_set(["cache", 0, 0], [["__import__('os').system", 0, None, 0.1]]), "unknown gate"),
    (_set(["cache", 0, 0], [["RX", 7, None, 0.1]]), "out of range"),
    (_set(["cache", 0, 0], [["CRX", 0, 0, 0.1]]), "control and target"),
    (_set(["archive", 0, 1], None), r"archive\[0\] fitness must be a number"),
    (_set(["rng_state", "bit_generator"], "MT19937"), "PCG64"),
    (_set(["rng_state", "state"], {"state": "os.system", "inc": 1}), "rng_state.state.state"),
    (_set(["history", 0], {"best": "x"}), r"history\[0\].best must be a number"),
])
def test_crafted_checkpoints_are_refused(data, match):
    with pytest.raises(ValueError, match=match):
        state_from_dict(data)
