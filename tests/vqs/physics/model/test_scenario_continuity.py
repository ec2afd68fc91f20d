"""Safranek's continuity for the scenario options: per-node heterogeneous models (``nodes``), the
network's links around sensing (the composed channel per node) and preparation noise. The figure
(the QCRB Tr(W F^-1), 1/QFI for one parameter; for the remote protocol the local readout's
classical bound) moves by a first-order amount when each axis of the operating point, every gene
angle, or every readout angle moves by 1e-4 or 1e-5 (``continuity_helpers.assert_first_order``)."""

import pytest
from continuity_helpers import assert_first_order

from ansatz import Circuit, Gene
from vqs.physics.model.links import Links
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import local_cfi_of_circuits, qfi_of_circuits

T = 3.0
PROBE = Circuit(2, (Gene("RY", 0, angle=0.4), Gene("CRX", 1, 0, 0.7), Gene("RZ", 1, angle=0.3)), "ghz")
SINGLE, MULTI = (0.03,), (0.01, 0.02, 0.03)
HETERO = (("amplitude_damping", 0.2), ("bit_flip", 0.1))
LINKS = Links("distributed", (0.9, 0.8), (0.85, 0.95))

# (label, model): every option alone on both tasks, and together
CASES = [
    ("nodes single", SensingModel(2, "single", "dephasing", 0.1, operating_point=SINGLE, nodes=HETERO)),
    ("nodes multi", SensingModel(2, "multi", "dephasing", 0.1, operating_point=MULTI,
                                 nodes=(("amplitude_damping", 0.2), ("dephasing", 0.05)))),
    ("nodes local field", SensingModel(2, "single", "dephasing", 0.1, field="local", operating_point=(0.03, 0.05),
                                       nodes=HETERO, function_weights=(0.7, 0.3))),
    ("links single", SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=SINGLE, links=LINKS)),
    ("links multi", SensingModel(2, "multi", "bit_flip", 0.1, operating_point=MULTI, links=LINKS)),
    ("preparation noise single", SensingModel(2, "single", "dephasing", 0.1, operating_point=SINGLE,
                                              preparation_noise=(0.01, 0.02))),
    ("preparation noise multi", SensingModel(2, "multi", "amplitude_damping", 0.1, operating_point=MULTI,
                                             preparation_noise=(0.01, 0.02))),
    ("nodes, links and preparation noise", SensingModel(2, "multi", "dephasing", 0.1, operating_point=MULTI,
                                                        nodes=HETERO, links=LINKS, preparation_noise=(0.01, 0.02))),
]


def _qcrb(circuit, model):
    return qfi_of_circuits(circuit, model, [T]).qcrb[0, 0]


@pytest.mark.parametrize("step", [1e-4, 1e-5])
@pytest.mark.parametrize(("label", "model"), CASES, ids=[c[0] for c in CASES])
def test_qcrb_is_continuous_in_the_operating_point_and_the_angles(label, model, step):
    assert_first_order(_qcrb, PROBE, model, step)


REMOTE = [
    ("remote links", SensingModel(2, "single", "amplitude_damping", 0.1, operating_point=SINGLE,
                                  links=Links("remote", (0.9, 0.8)))),
    ("remote links, nodes and preparation noise", SensingModel(2, "single", "dephasing", 0.1, operating_point=SINGLE,
                                                               nodes=HETERO, links=Links("remote", (0.9, 0.8)),
                                                               preparation_noise=(0.01, 0.02))),
]


def _local_bound(circuit, model):
    return local_cfi_of_circuits(circuit, model, [T]).qcrb[0, 0]


@pytest.mark.parametrize("step", [1e-4, 1e-5])
@pytest.mark.parametrize(("label", "model"), REMOTE, ids=[c[0] for c in REMOTE])
def test_local_readout_bound_is_continuous_in_the_operating_point_and_the_angles(label, model, step):
    """The remote protocol's figure: the classical bound of each node's local readout, (theta, phi) per qubit."""
    assert_first_order(_local_bound, PROBE.with_readout([(1.2, 0.3), (1.4, -0.2)]), model, step)


def test_the_check_catches_a_jump():
    """At Safranek's singular point (GHZ-like probe, bit flip, omega0 = 0) moving the operating point
    by 1e-5 changes the QFI by O(1): the check fails there, so it can fail."""
    model = SensingModel(2, "single", "bit_flip", 0.1, operating_point=(0.0,))
    with pytest.raises(AssertionError, match="axis 0"):
        assert_first_order(_qcrb, Circuit(2, (Gene("RZ", 0, angle=0.0),), "ghz"), model, 1e-5)
