import json
import math

import numpy as np
import pennylane as qml
import pytest

from ansatz import Circuit, CircuitError, Gene, pack, random_genes
from ansatz.pennylane_ops import to_ops


def test_json_round_trip():
    rng = np.random.default_rng(0)
    c = Circuit(4, tuple(random_genes(rng, 4, 12)), "zero")
    assert Circuit.from_json(c.to_json()) == c


@pytest.mark.parametrize(
    "genes, message",
    [
        ([{"gate": "RW", "wires": [0], "angle": 0.1}], "unknown gate"),
        ([{"gate": "RX", "wires": [3], "angle": 0.1}], "out of range"),
        ([{"gate": "CRX", "wires": [1, 1], "angle": 0.1}], "control and target"),
        ([{"gate": "CRX", "wires": [1], "angle": 0.1}], "takes 2 wire"),
        ([{"gate": "RX", "wires": [0], "angle": float("nan")}], "finite"),
        ([{"gate": "RX", "wires": [0], "angle": "x"}], "not a number"),
        ([{"gate": "RX", "wires": [0]}], "missing 'angle'"),
        ([{"gate": "RX", "wires": [0], "angle": 0, "extra": 1}], "unknown gene keys"),
    ],
)
def test_invalid_genes_are_rejected(genes, message):
    text = json.dumps({"n_qubits": 3, "init": "ghz", "genes": genes})
    with pytest.raises(CircuitError, match=message):
        Circuit.from_json(text)


@pytest.mark.parametrize("text, message", [("{", "not valid JSON"), ('{"n_qubits": 0}', "n_qubits"),
                                           ('{"n_qubits": 2, "init": "w"}', "init")])
def test_invalid_circuit_files(text, message):
    with pytest.raises(CircuitError, match=message):
        Circuit.from_json(text)


def test_readout_round_trip_and_angles_keep_it():
    c = Circuit(2, (Gene("RX", 0, None, 0.3),), "ghz", [(1.5, 0.25), (0.5, 6.0)])
    data = json.loads(c.to_json())
    assert data["readout"] == [{"theta": 1.5, "phi": 0.25}, {"theta": 0.5, "phi": 6.0}]
    assert Circuit.from_json(c.to_json()) == c
    assert c.with_angles([0.7]).readout == c.readout
    assert c.with_readout(None).readout is None and "readout" not in c.with_readout(None).to_dict()
    assert Circuit(2, (), "ghz", np.array([[1.0, 2.0], [3.0, 4.0]])).readout == ((1.0, 2.0), (3.0, 4.0))


@pytest.mark.parametrize(
    "readout, message",
    [
        ([{"theta": 1.0, "phi": 0.0}], "one \\(theta, phi\\) per qubit: 2, got 1"),
        ([{"theta": 1.0}, {"theta": 1.0, "phi": 0.0}], "list of"),
        ([{"theta": "x", "phi": 0.0}, {"theta": 1.0, "phi": 0.0}], "two finite numbers"),
        ([{"theta": True, "phi": 0.0}, {"theta": 1.0, "phi": 0.0}], "two finite numbers"),
        ({"theta": 1.0}, "list of"),
    ],
)
def test_invalid_readouts_are_rejected(readout, message):
    text = json.dumps({"n_qubits": 2, "init": "ghz", "genes": [], "readout": readout})
    with pytest.raises(CircuitError, match=message):
        Circuit.from_json(text)


def test_nan_literal_is_rejected():
    with pytest.raises(CircuitError, match="finite"):
        Circuit.from_json('{"n_qubits": 1, "genes": [{"gate": "RX", "wires": [0], "angle": NaN}]}')


def test_pack_pads_with_identity():
    c = Circuit(2, (Gene("CRX", 1, 0, 0.5), Gene("RZ", 1, None, -0.2)), "ghz")
    a = pack([c, Circuit(2, (), "zero")], max_genes=4)
    assert a.kind.tolist() == [[4, 3, 0, 0], [0, 0, 0, 0]]
    assert a.control.tolist()[0] == [0, -1, -1, -1]
    assert a.ghz.tolist() == [True, False]
    with pytest.raises(CircuitError, match="max_genes"):
        pack([c], max_genes=1)


def test_pennylane_ops_prepare_ghz():
    c = Circuit(3, (), "ghz")
    dev = qml.device("default.qubit", wires=3)

    @qml.qnode(dev)
    def state():
        for op in to_ops(c):
            qml.apply(op)
        return qml.state()

    expected = np.zeros(8)
    expected[[0, 7]] = 1 / math.sqrt(2)
    np.testing.assert_allclose(state(), expected, atol=1e-15)
