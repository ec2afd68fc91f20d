"""Values shared by the QFI front (:mod:`vqs.physics.qfi`) and its engines (the batched kernel,
:mod:`vqs.physics.engines.pennylane_engine`): the result type, the checked circuit list and what each
engine can do. Engines import these, never the front, so the front may import every engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ansatz import Circuit
from vqs.errors import VqsError
from vqs.names import Engine
from vqs.physics.model.sensing_model import SensingModel


@dataclass(frozen=True)
class QFICurve:
    """QFI of a batch of probes over sensing times (all arrays numpy, float64).

    ``qfim[b, t]`` is the P x P QFI matrix of probe b at ``times[t]``, ``qcrb[b, t]`` its
    Tr(W F^-1) (inf where F is singular), :attr:`qfi` the single-task QFI.

    With ``readout`` (B, [R,] N, 2) set, the curve is that of local readouts (one Bloch direction
    per qubit; R of them per probe when ``readout`` has 4 axes): ``qfim[b, [r,] t]`` is then the
    classical Fisher matrix of that readout and ``qcrb`` its Tr(W C^-1) (docs/measurement.md).
    """

    model: SensingModel
    times: np.ndarray  # (T,)
    qfim: np.ndarray  # (B, [R,] T, P, P)
    qcrb: np.ndarray  # (B, [R,] T)
    readout: np.ndarray | None = None  # None: the QFI; else the local readouts (B, [R,] N, 2)

    @property
    def qfi(self) -> np.ndarray:
        """(B, T) QFI of the single-parameter task (the (0, 0) element of the QFIM); with the local
        field the QFI of the target q = w.theta, 1/(w^T F^+ w) (``qcrb`` holds w^T F^+ w), 0 where
        w is not identifiable (:attr:`identifiable`)."""
        if self.model.task != "single":
            raise VqsError("qfi is defined for the single-parameter task; use qfim / qcrb")
        if self.model.local_field:
            with np.errstate(divide="ignore"):
                return np.where(self.identifiable, 1.0 / self.qcrb, 0.0)
        return self.qfim[..., 0, 0]

    @property
    def identifiable(self) -> np.ndarray:
        """(B, T) whether the estimated quantity is identifiable: its QCRB is finite (local field:
        w in the range of F, :func:`vqs.physics.model.nodes.function_bound`)."""
        return np.isfinite(self.qcrb)


def wires_text(model: SensingModel) -> str:
    """'N qubits' or 'N sensor qubits + k ancillas (n wires)' (for messages)."""
    if not model.ancillas:
        return f"{model.n_qubits} qubits"
    return f"{model.n_qubits} sensor qubits + {model.ancillas} ancillas ({model.n_wires} wires)"


def circuit_list(circuits: Circuit | Sequence[Circuit], model: SensingModel) -> list[Circuit]:
    """One circuit or a list of them, checked: a non-empty list of circuits on the model's wires
    (sensors and ancillas)."""
    if isinstance(circuits, Circuit):
        circuits = [circuits]
    circuits = list(circuits)
    if not circuits:
        raise VqsError("no circuits to score")
    for c in circuits:
        if not isinstance(c, Circuit):
            raise VqsError(f"expected ansatz.Circuit objects, got {type(c).__name__}")
        if c.n_qubits != model.n_wires:
            raise VqsError(f"circuit has {c.n_qubits} qubits but the model has {wires_text(model)}")
        if c.ancillas and c.ancillas != model.ancillas:
            raise VqsError(f"circuit marks {c.ancillas} ancillas but the model has {model.ancillas}")
    return circuits


@dataclass(frozen=True)
class EngineCapabilities:
    """What an engine computes, stated once on the engine (``CAPABILITIES`` of its module) and
    read by every caller that must refuse a setting (config schema, fitness, refinement, t*).

    Attributes:
        engine: the engine's name.
        gradients: derivatives of the figure with respect to gene angles and log t (the GA's
            local Adam steps, the adam and gradient refinements).
        local_readout: the local-CFI figures of merit (a readout per node).
        pre_post: per-qubit maps before/after sensing (``pre``, ``post``).
        ancillas: noiseless ancilla wires that do not sense (``model.ancillas``).
        holevo: the states the Holevo bound is computed from (the ``hcrb_*`` figures).
        per_node: a channel per node: heterogeneous ``nodes`` and the local field (one parameter
            per node, the target q = w.theta; docs/model.md, "Local parameters").
        max_qubits: the largest N it simulates (None: no limit beyond memory).
    """

    engine: Engine
    gradients: bool
    local_readout: bool
    pre_post: bool
    ancillas: bool
    holevo: bool
    max_qubits: int | None = None
    per_node: bool = False

    def require_per_node(self, model) -> None:
        """VqsError unless the engine models ``model``: a non-uniform model (local field or per-node
        channels) needs ``per_node``."""
        if not model.uniform and not self.per_node:
            raise VqsError(f"the {self.engine} engine models one common field on identical nodes: the local field "
                           "and per-node noise (nodes) need the jax engine")

    def require_gradients(self, what: str) -> None:
        """VqsError unless the engine has gradients; ``what`` names the setting that needs them."""
        if not self.gradients:
            raise VqsError(f"the {self.engine} engine offers no gradients: {what}")

    def require_local_readout(self) -> None:
        """VqsError unless the engine computes local-CFI figures."""
        if not self.local_readout:
            raise VqsError(f"the {self.engine} engine computes the QFI only: local-CFI figures need the jax engine")
