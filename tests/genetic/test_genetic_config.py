"""Validation of GAConfig and of make_toolbox arguments."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from ansatz import Gene
from genetic import GAConfig, evolve, make_toolbox


def test_defaults():
    c = GAConfig()
    assert (c.population, c.generations, c.elite, c.tournament_size) == (48, 30, 2, 3)
    assert (c.crossover_prob, c.mutation_prob, c.series_max) == (0.2, 0.9, 3)
    assert (c.min_genes, c.max_genes, c.initial_genes) == (0, 30, (2, 10))
    assert c.gates == ("RX", "RY", "RZ", "CRX")
    assert c.operator_weights == {"deletion": 1.0, "insertion": 1.0, "replacement": 1.0,
                                  "swap": 1.0, "permutation": 1.0, "perturbation": 0.0}
    assert pickle.loads(pickle.dumps(c)) == c


def test_normalisation():
    c = GAConfig(gates=["RX", "CRX"], initial_genes=[2, 3], operator_weights={"swap": 3},
                 init_genomes=[[Gene("RX", 0)]])
    assert c.gates == ("RX", "CRX") and c.initial_genes == (2, 3)
    assert c.operator_weights["swap"] == 3.0 and c.operator_weights["deletion"] == 1.0
    assert c.init_genomes == ((Gene("RX", 0),),)


@pytest.mark.parametrize(
    "kw, match",
    [
        (dict(population=1), "population: input should be greater than or equal to 2"),
        (dict(population=2.5), "population: input should be a valid integer"),
        (dict(population=True), "population: input should be a valid integer"),
        (dict(generations=100_001), "generations"),
        (dict(max_genes=401), "max_genes"),
        (dict(angle_sigma=0.0), "angle_sigma"),
        (dict(gates=("rx",)), "unknown gate"),
        (dict(operator_weights={"swap": 2e6}), "swap"),
        (dict(elite=-1), "elite"),
        (dict(population=4, elite=4), "elite"),
        (dict(generations=-1), "generations"),
        (dict(tournament_size=0), "tournament_size"),
        (dict(crossover_prob=1.5), "crossover_prob"),
        (dict(mutation_prob=-0.1), "mutation_prob"),
        (dict(mutation_prob="high"), "mutation_prob"),
        (dict(series_max=0), "series_max"),
        (dict(min_genes=5, max_genes=4, initial_genes=(4, 4)), "min_genes"),
        (dict(min_genes=-1), "min_genes"),
        (dict(max_genes=0, min_genes=0, initial_genes=(0, 0)), "max_genes"),
        (dict(initial_genes=(3, 2)), "initial_genes"),
        (dict(initial_genes=(4, 50)), "initial_genes"),
        (dict(initial_genes=4), "initial_genes"),
        (dict(gates=("RX", "CNOT")), "unknown gate"),
        (dict(gates=()), "gates"),
        (dict(operator_weights={"mutation": 1.0}), "unknown operator"),
        (dict(operator_weights={"swap": -1.0}), "swap"),
        (dict(operator_weights={n: 0.0 for n in ("deletion", "insertion", "replacement",
                                                  "swap", "permutation")}), "positive"),
        (dict(angle_sigma=-0.1), "angle_sigma"),
        (dict(min_genes=1, init_genomes=[[]]), "min_genes to 0"),
        (dict(init_genomes=[["RX"]]), "ansatz.Gene"),
        (dict(population=2, elite=1, init_genomes=[[Gene("RX", 0)]] * 3), "do not fit"),
    ],
)
def test_validation_errors(kw, match):
    with pytest.raises(ValueError, match=match) as err:
        GAConfig(**kw)
    assert str(err.value).startswith("invalid GA config: ")


def test_toolbox_and_evolve_argument_checks():
    with pytest.raises(TypeError, match="Generator"):
        make_toolbox(GAConfig(), 0, 3)
    with pytest.raises(ValueError, match="n_qubits"):
        make_toolbox(GAConfig(), np.random.default_rng(0), 0)
    with pytest.raises(ValueError, match="2 qubits"):
        make_toolbox(GAConfig(gates=("CRX",)), np.random.default_rng(0), 1)
    with pytest.raises(ValueError, match="seed"):
        evolve(GAConfig(), lambda gs: np.zeros(len(gs)), 3, seed=-1)
