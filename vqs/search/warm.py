"""Warm start: seed a run with a previous run's probe (``warm_start: RUN_DIR``, ``vqs run --warm-start``).

The previous probe's genes (with their angles) join generation 0 of the search, beside the bare
initial state, and the probe itself is one more refinement start. Any run whose conditions changed
(distance, links, noise rate, operating point, ...) may start from it: what must match is the
circuit's width, initial state and gate set, and its length must fit the search's gene bounds
(checked here, one line each). The search's generator is seeded as before, so a warm start differs
from a cold one only by that seed genome and the extra refinement start.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ansatz import Circuit
from genetic import GAConfig
from vqs.errors import VqsError
from vqs.search.rundir import RunDir


def load_warm_start(run_dir: str | Path, n_wires: int, init: str, gates, min_genes: int, max_genes: int) -> Circuit:
    """The probe of ``run_dir`` (its circuit.json) as a start of a run on ``n_wires`` wires from ``init``."""
    path = RunDir(Path(run_dir)).circuit
    if not path.is_file():
        raise VqsError(f"warm_start: no circuit.json in {run_dir} (a finished run directory is needed)")
    circuit = RunDir(Path(run_dir)).read_circuit()
    if circuit.n_qubits != n_wires:
        raise VqsError(f"warm_start: {path} has {circuit.n_qubits} wires, this run has {n_wires}")
    if circuit.init != init:
        raise VqsError(f"warm_start: {path} starts from {circuit.init}, this run's genomes from {init} (ga.init)")
    other = sorted({g.gate for g in circuit.genes} - set(gates))
    if other:
        raise VqsError(f"warm_start: {path} uses {', '.join(other)}, not in ga.gates")
    if not min_genes <= len(circuit.genes) <= max_genes:
        raise VqsError(f"warm_start: {path} has {len(circuit.genes)} genes, outside [ga.min_genes, ga.max_genes] "
                       f"= [{min_genes}, {max_genes}]")
    return Circuit(n_wires, tuple(circuit.genes), init)


def seeded(ga: GAConfig, warm: Circuit | None) -> GAConfig:
    """``ga`` with the warm-start genome after its own seed genomes (unchanged without one)."""
    if warm is None:
        return ga
    try:
        return dataclasses.replace(ga, init_genomes=tuple(ga.init_genomes) + (tuple(warm.genes),))
    except ValueError as err:
        raise VqsError(f"warm_start: {err}") from None
