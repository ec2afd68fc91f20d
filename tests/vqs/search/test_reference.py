"""``ga.seed_reference``: the reference probe written with the search's genes (vqs/search/reference.py).

The seeded genome must be the reference itself: GHZ's figure to 1e-10 from |0..0>, with and without
preparation noise (where it pays GHZ's own gates: one one-qubit gate and N-1 two-qubit gates), and the
weight-matched GHZ-type probe's for a gradient of local parameters."""

import numpy as np
import pytest

from ansatz import GATES
from genetic import GAConfig
from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits, qfi_of_states
from vqs.report.distributed import matched_ghz
from vqs.search.reference import reference_circuit, reference_genes, reference_span, with_reference
from vqs.search.schema import parse_config

TIMES = [0.3, 1.7, 4.0]
PREP = (1e-3, 2e-2)


def _figure(curve) -> np.ndarray:
    return np.asarray(curve.qfi)[0]


# (noise, operating point): the phase-covariant channels and bit flip (which a leftover phase would change)
NOISES = [("dephasing", 0.01), ("amplitude_damping", 0.01), ("depolarizing", 0.01), ("bit_flip", 0.3)]


@pytest.mark.parametrize("n", [2, 3])  # an odd and an even number of CRX genes
@pytest.mark.parametrize("prep", [None, PREP])
@pytest.mark.parametrize("noise, theta", NOISES)
def test_seeded_genome_from_zero_scores_as_ghz(n, prep, noise, theta):
    model = SensingModel(n, "single", noise, 0.1, operating_point=(theta,), preparation_noise=prep)
    seed = reference_circuit(model, "zero", GATES)
    ref = _figure(qfi_of_circuits(ghz_circuit(n), model, TIMES))
    got = _figure(qfi_of_circuits(seed, model, TIMES))
    np.testing.assert_allclose(got, ref, rtol=1e-10, atol=0)
    counts = [sum(g.control is None for g in seed.genes), sum(g.control is not None for g in seed.genes)]
    assert counts == [1, n - 1]  # GHZ's H and N-1 CNOTs: the same preparation noise


@pytest.mark.parametrize("n, gates", [(2, ("RY", "CRX")), (3, ("RX", "CRX"))])
@pytest.mark.parametrize("prep", [None, PREP])
@pytest.mark.parametrize("noise", ["dephasing", "amplitude_damping"])
def test_a_gate_set_without_the_phase_gate_leaves_a_z_phase_the_qfi_ignores(n, gates, prep, noise):
    """Odd CRX count without RX, even count without RY: GHZ up to a Z phase on |1..1>, the same QFI
    under phase-covariant noise."""
    model = SensingModel(n, "single", noise, 0.1, operating_point=(0.01,), preparation_noise=prep)
    seed = reference_circuit(model, "zero", gates)
    assert {g.gate for g in seed.genes} <= set(gates) and len(seed.genes) == n
    np.testing.assert_allclose(_figure(qfi_of_circuits(seed, model, TIMES)),
                               _figure(qfi_of_circuits(ghz_circuit(n), model, TIMES)), rtol=1e-10, atol=0)


def test_pure_seed_is_the_ghz_state_exactly():
    from vqs.physics.kernel.states import circuit_statevectors
    for n in (2, 3, 4, 5):
        model = SensingModel(n, "single", "dephasing", 0.1)
        psi = circuit_statevectors([reference_circuit(model, "zero", GATES)])[0]
        ghz = np.zeros(2**n, complex)
        ghz[[0, -1]] = 2**-0.5
        assert abs(np.vdot(ghz, psi)) == pytest.approx(1, abs=1e-12)
        assert psi[-1] / psi[0] == pytest.approx(1, abs=1e-12)  # no phase left on |1..1>


def test_ghz_from_ghz_is_the_empty_genome_and_not_seeded_twice():
    model = SensingModel(3, "single", "dephasing", 0.1)
    assert reference_genes(model, "ghz", GATES) == ()
    ga = GAConfig(population=4, init_genomes=((),))
    assert with_reference(ga, reference_circuit(model, "ghz", GATES)) is ga
    seeded = with_reference(ga, reference_circuit(model, "zero", GATES))
    assert seeded.init_genomes[0] == () and len(seeded.init_genomes) == 2
    assert with_reference(ga, None) is ga


# (weights, the wires of the superposition, the flipped sensors)
MATCHED = [((1.0, -1.0, 0.0), (0, 1), (1,)), ((0.0, 1.0, 1.0), (1, 2), ()), ((-1.0, 0.5, -2.0), (0, 1, 2), (0, 2)),
           ((1.0, 0.5, 0.25), (0, 1, 2), ()), (None, (0, 1, 2), ())]


@pytest.mark.parametrize("weights, span, flipped, noise",
                         [m + ("dephasing",) for m in MATCHED] + [MATCHED[0] + ("amplitude_damping",)])
@pytest.mark.parametrize("init", ["zero", "ghz"])
def test_local_field_seed_is_the_weight_matched_ghz(weights, span, flipped, noise, init):
    model = SensingModel(3, "single", noise, 0.1, operating_point=(0.01,), field="local", function_weights=weights)
    assert reference_span(model) == (span, flipped)
    seed = reference_circuit(model, init, GATES)
    want = _figure(qfi_of_states(matched_ghz(model.function_weights), model, TIMES))
    np.testing.assert_allclose(_figure(qfi_of_circuits(seed, model, TIMES)), want, rtol=1e-10, atol=1e-12)
    if weights and set(np.abs(weights)) <= {0.0, 1.0}:  # the gradient: identifiable by the matched probe only
        assert want.min() > 0


def test_ancillas_join_ghz_but_not_the_matched_probe():
    common = SensingModel(2, "single", "dephasing", 0.1, ancillas=1)
    assert reference_span(common) == ((0, 1, 2), ())
    gradient = SensingModel(2, "single", "dephasing", 0.1, ancillas=1, field="local", function_weights=(1.0, -1.0))
    assert reference_span(gradient) == ((0, 1), (1,))
    genes = reference_genes(gradient, "ghz", GATES)  # the ancilla returns to |0>
    assert [(g.gate, g.control, g.target) for g in genes][0] == ("CRX", 0, 2)


@pytest.mark.parametrize("ga, match", [
    ({"gates": ["RY", "RZ"]}, "needs the gate.s. CRX"),
    ({"gates": ["RZ", "CRX"]}, "needs the gate.s. RY"),
    ({"max_genes": 2, "initial_genes": [1, 2]}, "init_genomes.* has 3 genes"),
])
def test_a_search_that_cannot_write_the_reference_is_refused_at_load(ga, match):
    raw = {"model": {"n_qubits": 3, "noise": "dephasing", "gamma": 0.1},
           "ga": {"init": "zero", "seed_reference": True} | ga}
    with pytest.raises(VqsError, match=match):
        parse_config(raw)
    parse_config(raw | {"ga": raw["ga"] | {"seed_reference": False}})  # only the option asks for it


def test_default_off_seeds_nothing_new():
    from vqs.search.design import prepare
    raw = {"model": {"n_qubits": 2, "noise": "dephasing", "gamma": 0.1}, "time_grid": {"points": 4},
           "ga": {"init": "zero", "local_steps": 0}}
    plan = prepare(parse_config(raw))
    assert plan.reference is None and plan.ga.init_genomes == ((),)
    plan = prepare(parse_config(raw | {"ga": raw["ga"] | {"seed_reference": True}}))
    assert plan.ga.init_genomes == ((), plan.reference.genes) and len(plan.reference.genes) == 2
