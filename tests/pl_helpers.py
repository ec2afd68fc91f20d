"""Helpers shared by the test files (importable because pytest puts tests/ on the path)."""

import numpy as np
import pennylane as qml


def state(ops, n):
    """Statevector of ``ops`` on all ``n`` wires (default.qubit)."""

    @qml.qnode(qml.device("default.qubit", wires=n))
    def run():
        for op in ops:
            qml.apply(op)
        return qml.state()

    out = np.asarray(run())
    assert out.shape == (2**n,)
    return out
