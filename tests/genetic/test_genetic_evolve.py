"""The elitist GA loop on a cheap deterministic toy problem (no quantum simulation)."""

from __future__ import annotations

import ast
import math
import pickle
import random
from pathlib import Path

import numpy as np
import pytest
from deap import creator

import genetic
from ansatz import Gene
from genetic import GAConfig, GAState, evolve, structure_of

N_QUBITS = 3
TARGET = (("RY", None, 0), ("CRX", 0, 1), ("RZ", None, 2), ("RX", None, 1), ("CRX", 2, 0))


def _lcs(a, b) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def toy_fitness(genomes: list[list[Gene]]) -> np.ndarray:
    """Match a hidden structure (LCS), prefer short genomes and angles near 0; > 14 genes invalid."""
    out = []
    for g in genomes:
        if len(g) > 14:
            out.append(-np.inf)
            continue
        s = structure_of(g)
        angles = sum(math.cos(x.angle) for x in g) / max(len(g), 1)
        out.append(2.0 * _lcs(s, TARGET) - 0.25 * len(g) + 0.1 * angles)
    return np.array(out)


def small(**kw) -> GAConfig:
    base = dict(population=16, generations=6, elite=2, max_genes=20, initial_genes=(2, 8))
    base.update(kw)
    return GAConfig(**base)


class Recorder:
    def __init__(self, fn=toy_fitness):
        self.fn, self.calls = fn, []

    def __call__(self, genomes):
        self.calls.append([tuple(g) for g in genomes])
        return self.fn(genomes)


def test_history_rows_and_result_shape():
    r = evolve(small(), toy_fitness, N_QUBITS, seed=1)
    assert [h["generation"] for h in r.history] == list(range(7))
    assert set(r.history[0]) >= {"generation", "best", "mean", "diversity", "n_evaluated",
                                 "best_length"}
    assert r.history[0]["n_evaluated"] == 16
    assert all(0 < h["diversity"] <= 1 for h in r.history)
    scores = [f for _, f in r.population]
    assert scores == sorted(scores, reverse=True) and len(scores) == 16
    assert r.best_genome == r.population[0][0] and r.best_fitness == scores[0]
    assert r.best_fitness == r.history[-1]["best"] == toy_fitness([r.best_genome])[0]
    assert r.history[-1]["best_length"] == len(r.best_genome)


@pytest.mark.parametrize("kw", [dict(), dict(elite=1, crossover_prob=0.8,
                                             operator_weights={"perturbation": 1.0})])
def test_elitism_keeps_the_best(kw):
    states: list[GAState] = []
    r = evolve(small(generations=12, **kw), toy_fitness, N_QUBITS, seed=3,
               on_generation=states.append)
    best = [h["best"] for h in r.history]
    assert all(b2 >= b1 for b1, b2 in zip(best, best[1:]))
    assert [s.generation for s in states] == list(range(13))
    for prev, nxt in zip(states, states[1:]):
        best_genome, best_fit = prev.population[0]
        assert (best_genome, best_fit) in nxt.population


def test_seed_determinism():
    a = evolve(small(), toy_fitness, N_QUBITS, seed=7)
    b = evolve(small(), toy_fitness, N_QUBITS, seed=7)
    c = evolve(small(), toy_fitness, N_QUBITS, seed=8)
    assert a.history == b.history and a.best_genome == b.best_genome
    assert a.population == b.population
    assert a.history != c.history and a.population != c.population


def test_global_random_generators_are_neither_used_nor_disturbed():
    random.seed(123)
    np.random.seed(123)
    py_state, np_state = random.getstate(), np.random.get_state()
    a = evolve(small(crossover_prob=0.5), toy_fitness, N_QUBITS, seed=7)
    assert random.getstate() == py_state
    after = np.random.get_state()
    assert all(np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y
               for x, y in zip(np_state, after))
    random.seed(999)
    np.random.seed(999)
    b = evolve(small(crossover_prob=0.5), toy_fitness, N_QUBITS, seed=7)
    assert a.history == b.history


@pytest.mark.parametrize("kill_at", [0, 3, 5])
def test_resume_equivalence_with_pickle_round_trip(kill_at):
    config = small(generations=6, crossover_prob=0.3, operator_weights={"perturbation": 0.5})
    straight_states: list[GAState] = []
    straight = evolve(config, toy_fitness, N_QUBITS, seed=11, on_generation=straight_states.append)

    # 1) a run configured to stop early, its final state pickled and resumed
    first = evolve(small(generations=kill_at, crossover_prob=0.3,
                         operator_weights={"perturbation": 0.5}), toy_fitness, N_QUBITS, seed=11)
    loaded = pickle.loads(pickle.dumps(first.state))
    resumed = evolve(config, toy_fitness, N_QUBITS, seed=11, state=loaded)
    assert resumed.history == straight.history
    assert resumed.best_genome == straight.best_genome
    assert resumed.best_fitness == straight.best_fitness
    assert resumed.population == straight.population
    assert resumed.state.cache == straight.state.cache

    # 2) a run killed (exception) right after checkpointing generation kill_at
    class Killed(Exception):
        pass

    saved = {}

    def checkpoint(state):
        saved["blob"] = pickle.dumps(state)
        if state.generation == kill_at:
            raise Killed

    with pytest.raises(Killed):
        evolve(config, toy_fitness, N_QUBITS, seed=11, on_generation=checkpoint)
    state = pickle.loads(saved["blob"])
    assert state.generation == kill_at
    after: list[GAState] = []
    resumed = evolve(config, toy_fitness, N_QUBITS, seed=11, state=state, on_generation=after.append)
    assert resumed.history == straight.history and resumed.best_genome == straight.best_genome
    assert [s.generation for s in after] == list(range(kill_at + 1, 7))
    assert [s.population for s in after] == [s.population for s in straight_states[kill_at + 1:]]


def test_emitted_states_are_independent_snapshots():
    states: list[GAState] = []
    r = evolve(small(generations=5), toy_fitness, N_QUBITS, seed=2, on_generation=states.append)
    for s in states:
        assert len(s.history) == s.generation + 1
        assert len(s.cache) == sum(h["n_evaluated"] for h in s.history)
        assert s.history == r.history[: s.generation + 1]


def test_resume_rejects_a_mismatched_state():
    r = evolve(small(generations=2), toy_fitness, N_QUBITS, seed=1)
    with pytest.raises(ValueError, match="seed"):
        evolve(small(), toy_fitness, N_QUBITS, seed=2, state=r.state)
    with pytest.raises(ValueError, match="qubits"):
        evolve(small(), toy_fitness, 4, seed=1, state=r.state)
    with pytest.raises(ValueError, match="population"):
        evolve(small(population=20), toy_fitness, N_QUBITS, seed=1, state=r.state)
    done = evolve(small(generations=2), toy_fitness, N_QUBITS, seed=1, state=r.state)
    assert done.history == r.history  # nothing left to do


def test_interleaved_runs_do_not_interfere_and_deap_creator_is_unused():
    creator_before = set(vars(creator))
    alone_a = evolve(small(), toy_fitness, N_QUBITS, seed=21)
    alone_b = evolve(small(population=10, elite=1), toy_fitness, N_QUBITS, seed=22)
    inner = {}

    def run_b_inside(state):
        if state.generation == 2:
            inner["b"] = evolve(small(population=10, elite=1), toy_fitness, N_QUBITS, seed=22)

    a = evolve(small(), toy_fitness, N_QUBITS, seed=21, on_generation=run_b_inside)
    assert a.history == alone_a.history and a.best_genome == alone_a.best_genome
    assert inner["b"].history == alone_b.history
    assert set(vars(creator)) == creator_before
    for path in Path(genetic.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert "creator" not in [a.name for a in node.names], path
                assert node.module is None or not node.module.startswith("vqs"), path
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith(("vqs", "deap.creator")) for a in node.names)
            if isinstance(node, ast.Attribute):
                assert node.attr != "creator", path


def test_fitness_is_called_once_per_generation_with_only_new_genomes():
    rec = Recorder()
    config = small(generations=10, init_genomes=[[], []], min_genes=0, mutation_prob=0.5)
    r = evolve(config, rec, N_QUBITS, seed=5)
    seen = set()
    for call in rec.calls:
        assert call, "never called with an empty batch"
        assert len(set(call)) == len(call)
        assert not seen & set(call)
        seen |= set(call)
    evaluated = [h["n_evaluated"] for h in r.history]
    assert [len(c) for c in rec.calls] == [n for n in evaluated if n > 0]
    assert len(rec.calls) <= len(r.history)
    assert seen == set(r.state.cache)
    assert rec.calls[0][0] == ()  # the seed genome (bare GHZ) comes first, once


def test_no_call_when_nothing_is_new():
    rec = Recorder()
    config = small(generations=3, mutation_prob=0.0, crossover_prob=0.0)
    r = evolve(config, rec, N_QUBITS, seed=5)
    assert len(rec.calls) == 1
    assert [h["n_evaluated"] for h in r.history] == [16, 0, 0, 0]


def test_the_ga_improves_on_the_toy_problem():
    # mutation only (the seed paper's GA): improvement must come from the five operators
    config = GAConfig(population=32, generations=25, max_genes=20, initial_genes=(2, 8),
                      crossover_prob=0.0)
    r = evolve(config, toy_fitness, N_QUBITS, seed=0)
    assert all(h["n_evaluated"] > 0 for h in r.history)
    assert r.history[-1]["best"] > r.history[0]["best"] + 1.0
    assert r.history[-1]["mean"] > r.history[0]["mean"]


def test_invalid_fitness_values_are_handled():
    def fit(genomes):
        v = toy_fitness(genomes)
        v[[len(g) % 3 == 0 for g in genomes]] = np.nan  # NaN counts as invalid (-inf)
        return v

    r = evolve(small(generations=4), fit, N_QUBITS, seed=2)
    assert all(math.isfinite(h["best"]) for h in r.history)
    assert all(math.isfinite(h["mean"]) for h in r.history)
    assert any(h["n_invalid"] > 0 for h in r.history)
    assert all(f == -np.inf for g, f in r.population if len(g) % 3 == 0 or len(g) > 14)

    with pytest.raises(ValueError, match="shape"):
        evolve(small(), lambda gs: np.zeros(len(gs) + 1), N_QUBITS, seed=0)


def test_best_distinct_structures():
    r = evolve(small(generations=8), toy_fitness, N_QUBITS, seed=4)
    top = r.best_structures(5)
    assert len(top) == 5
    assert len({t.structure for t in top}) == 5
    assert [t.fitness for t in top] == sorted((t.fitness for t in top), reverse=True)
    assert top[0].genome == r.best_genome and top[0].fitness == r.best_fitness
    for t in top:
        assert structure_of(t.genome) == t.structure
        same = [f for g, f in r.state.cache.items() if structure_of(g) == t.structure]
        assert t.fitness == max(same)
    pop_top = r.best_structures(100, source="population")
    assert len(pop_top) == len({structure_of(g) for g, f in r.population if math.isfinite(f)})
    with pytest.raises(ValueError):
        r.best_structures(3, source="elsewhere")


def test_init_genomes_are_in_generation_zero():
    seed_genome = [Gene("RY", 0, None, 0.0), Gene("CRX", 1, 0, 0.0)]
    states = []
    evolve(small(generations=0, init_genomes=[seed_genome]), toy_fitness, N_QUBITS, seed=0,
           on_generation=states.append)
    assert (tuple(seed_genome), toy_fitness([seed_genome])[0]) in states[0].population
    with pytest.raises(ValueError, match="init_genomes"):
        evolve(small(init_genomes=[[Gene("RX", 5)]]), toy_fitness, N_QUBITS, seed=0)
