import numpy as np
import pennylane as qml
import pytest

from ansatz import Circuit, CircuitError, identity_layers, random_genes
from ansatz.pennylane_ops import to_ops


def _state(circuit: Circuit) -> np.ndarray:
    @qml.qnode(qml.device("default.qubit", wires=circuit.n_qubits))
    def state():
        for op in to_ops(circuit):
            qml.apply(op)
        return qml.state()

    return np.asarray(state())


@pytest.mark.parametrize(("n", "layers", "gates"), [
    (1, 2, ["RY", "RY"]),
    (2, 1, ["RY", "RY", "CRX", "CRX"]),
    (3, 1, ["RY"] * 3 + ["CRX"] * 3),
    (3, 0, []),
])
def test_identity_layers_gates(n, layers, gates):
    genes = identity_layers(n, layers)
    assert [g.gate for g in genes] == gates
    assert all(g.angle == 0.0 for g in genes)
    assert [(g.control, g.target) for g in genes if g.gate == "CRX"] == [(q, (q + 1) % n) for q in range(n)] * (
        layers if n > 1 else 0)


@pytest.mark.parametrize("n", [1, 2, 4])
def test_identity_layers_keep_the_state(n):
    rng = np.random.default_rng(n)
    circuit = Circuit(n, tuple(random_genes(rng, n, 6)), "ghz")
    wider = Circuit(n, circuit.genes + identity_layers(n, 2), "ghz")
    np.testing.assert_allclose(_state(wider), _state(circuit), atol=1e-14)


@pytest.mark.parametrize(("n", "layers"), [(0, 1), (2, -1), (2, 1.5)])
def test_identity_layers_refuse_bad_sizes(n, layers):
    with pytest.raises(CircuitError, match="identity layers"):
        identity_layers(n, layers)
