"""The gate set of the ansatz (seed paper: Pauli rotations and the controlled X rotation)."""

SINGLE_QUBIT_GATES = ("RX", "RY", "RZ")
TWO_QUBIT_GATES = ("CRX",)
GATES = SINGLE_QUBIT_GATES + TWO_QUBIT_GATES
INITIAL_STATES = ("ghz", "zero")
