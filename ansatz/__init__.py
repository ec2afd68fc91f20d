"""Circuit genes and genomes for variational sensing probes.

A probe circuit is an initial state (GHZ or |0...0>) followed by a sequence of genes; each gene
is one gate of the paper's set (RX, RY, RZ on a target qubit; CRX on a control and a target)
with one angle. This package holds the data types, their JSON form, random generation from a
seeded generator, and conversion to PennyLane operations and to the padded array form that the
batched simulator consumes. It depends on nothing else in this repository.
"""

from ansatz.arrays import GATE_CODES, PAD_CODE, CircuitArrays, pack
from ansatz.circuit import Circuit, CircuitError, Gene
from ansatz.gates import GATES, SINGLE_QUBIT_GATES, TWO_QUBIT_GATES
from ansatz.layers import identity_layers
from ansatz.random import random_gene, random_genes

__all__ = [
    "Circuit",
    "CircuitArrays",
    "CircuitError",
    "GATES",
    "GATE_CODES",
    "Gene",
    "PAD_CODE",
    "SINGLE_QUBIT_GATES",
    "TWO_QUBIT_GATES",
    "identity_layers",
    "pack",
    "random_gene",
    "random_genes",
]
