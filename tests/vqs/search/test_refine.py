import numpy as np
import pytest

from ansatz import Circuit, Gene, random_genes
from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times
from vqs.search.refine import RefineOptions, refine_circuit


@pytest.mark.parametrize("method", ["adam", "cobyla"])
@pytest.mark.parametrize("figure", ["per_shot", "per_time"])
def test_refinement_improves_and_never_worsens(method, figure):
    rng = np.random.default_rng(0)
    model = SensingModel(2, "single", "dephasing", 0.1)
    circuit = Circuit(2, tuple(random_genes(rng, 2, 5)), "zero")
    opts = RefineOptions(method=method, steps=60, maxiter=150, learning_rate=0.05, prune=False)
    res = refine_circuit(circuit, model, default_times(model, 16), figure, opts)
    assert res.best.value >= res.initial.value
    assert res.improved  # a random circuit is far from optimal
    # the refined circuit reproduces its score
    options = RefineOptions(method="none", prune=False)
    again = refine_circuit(res.circuit, model, default_times(model, 16), figure, options)
    assert again.best.value == pytest.approx(res.best.value, rel=1e-9)


def test_refinement_keeps_an_optimal_circuit():
    """Product |+>^N is optimal-ish for dephasing per shot; starting at the optimum, nothing is lost."""
    model = SensingModel(2, "single", "dephasing", 0.1)
    plus = Circuit(2, (Gene("RY", 0, None, np.pi / 2), Gene("RY", 1, None, np.pi / 2)), "zero")
    res = refine_circuit(plus, model, default_times(model, 16), "per_shot", RefineOptions(steps=30, prune=False))
    assert res.best.value >= 2 / (np.e * 0.1) ** 2 * (1 - 1e-9)


def test_pruning_removes_useless_genes():
    model = SensingModel(2, "single", "dephasing", 0.1)
    genes = (Gene("RY", 0, None, np.pi / 2), Gene("RY", 1, None, np.pi / 2), Gene("RZ", 0, None, 0.3))
    res = refine_circuit(Circuit(2, genes, "zero"), model, default_times(model, 16), "per_shot",
                         RefineOptions(method="none", prune=True))
    assert res.pruned_genes == 1 and len(res.circuit.genes) == 2  # RZ commutes with the field


def test_pruning_scores_over_time_only_the_trials_no_worse_at_t_star(monkeypatch):
    """Each trial is screened at the probe's t*: the two RY genes (each worth half the QFI) never reach the
    grid-and-time scoring, the commuting RZ does, and the result is the same as above."""
    from vqs.search import refine

    scored = []
    real = refine._score
    monkeypatch.setattr(refine, "_score", lambda c, *a, **k: scored.append(len(c.genes)) or real(c, *a, **k))
    model = SensingModel(2, "single", "dephasing", 0.1)
    genes = (Gene("RY", 0, None, np.pi / 2), Gene("RY", 1, None, np.pi / 2), Gene("RZ", 0, None, 0.3))
    res = refine_circuit(Circuit(2, genes, "zero"), model, default_times(model, 16), "per_shot",
                         RefineOptions(method="none", prune=True))
    assert res.pruned_genes == 1 and [g.gate for g in res.circuit.genes] == ["RY", "RY"]
    assert scored == [3, 3, 2]  # the start, its final score, and the one trial that passed the screen


def test_bad_options():
    with pytest.raises(VqsError, match="method"):
        RefineOptions(method="bfgs")


def test_growth_widens_a_circuit_only_when_that_helps():
    """Bare GHZ is not the best N = 3 probe under dephasing per unit time (Table 1): widening it by
    identity layers and refining gains; without growth refinement has no angle to move."""
    model = SensingModel(3, "single", "dephasing", 0.1)
    grid = default_times(model, 16)
    ghz = Circuit(3, (), "ghz")
    plain = refine_circuit(ghz, model, grid, "per_time", RefineOptions(steps=40, prune=False))
    assert plain.best.value == plain.initial.value and plain.circuit == ghz
    grown = refine_circuit(ghz, model, grid, "per_time", RefineOptions(steps=150, grow_layers=1, prune=True))
    assert grown.best.value > plain.best.value * 1.001
    assert 0 < len(grown.circuit.genes) <= 6  # one layer (3 RY, 3 CRX), less what pruning dropped
    again = refine_circuit(grown.circuit, model, grid, "per_time", RefineOptions(method="none", prune=False))
    assert again.best.value == pytest.approx(grown.best.value, rel=1e-9)
    with pytest.raises(VqsError, match="grow_layers"):
        RefineOptions(grow_layers=-1)


def test_layered_starts_are_seeded_identity_layer_shapes():
    from ansatz import identity_layers
    from vqs.search.refine import layered_starts

    a = layered_starts(3, "zero", 3, 2, seed=5)
    assert len(a) == 3 and all(c.init == "zero" and c.n_qubits == 3 for c in a)
    shape = [(g.gate, g.wires) for g in identity_layers(3, 2)]
    assert all([(g.gate, g.wires) for g in c.genes] == shape for c in a)
    angles = [tuple(g.angle for g in c.genes) for c in a]
    assert len(set(angles)) == 3 and all(any(abs(x) > 0.5 for x in row) for row in angles)  # distinct, not ~0
    assert layered_starts(3, "zero", 3, 2, seed=5) == a and layered_starts(3, "zero", 3, 2, seed=6) != a
    assert layered_starts(3, "ghz", 0, 2, seed=5) == []
