"""The scenario sections of a run config: ``model`` (the sensing model) and ``time_grid``.

Split from :mod:`vqs.search.schema` (which re-exports both); the time grid's defaults are
:func:`vqs.physics.qfi.default_times`'s.
"""

from __future__ import annotations

import inspect

import numpy as np
from pydantic import Field, field_validator, model_validator

from vqs import _checks
from vqs.config import Strict
from vqs.errors import VqsError
from vqs.names import FieldKind, Noise, Task
from vqs.network.nodes import NetworkSection
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times

_GRID = {k: p.default for k, p in inspect.signature(default_times).parameters.items()}


MAX_CONFIG_WIRES = 10
"""The widest probe a run config may ask for: sensor qubits plus ancillas (as n_qubits alone)."""


class NodeConfig(Strict):
    """One sensor node's own channel (``model.nodes``; a missing key takes the model's)."""

    noise: Noise | None = Field(default=None, description="this node's noise (default model.noise)")
    gamma: float | None = Field(default=None, ge=0, allow_inf_nan=False,
                                description="this node's decay rate (default model.gamma)")

    @field_validator("noise", mode="before")
    @classmethod
    def _known_noise(cls, v):
        return None if v is None else _checks.noise(v)


class ModelConfig(Strict):
    """The sensing scenario (see docs/model.md)."""

    n_qubits: int = Field(ge=1, le=10, description="number of probe qubits N (sensors), 1 to 10")
    task: Task = Field(
        default=Task.SINGLE,
        description="single: estimate one scalar field omega (rotation about z); "
        "multi: estimate a vector field (Bx, By, Bz)",
    )
    noise: Noise = Field(
        default=Noise.DEPHASING,
        description="single-qubit Markovian noise acting during sensing: amplitude_damping, bit_flip, dephasing, "
        "depolarizing or none",
    )
    gamma: float = Field(
        default=0.1, ge=0, allow_inf_nan=False,
        description="decay rate of the noise, per unit time (sensing times and the operating point use the same "
        "time unit)",
    )
    operating_point: list[float] | None = Field(
        default=None,
        description="the field value the QFI is taken at: [omega0] (single task) or [Bx, By, Bz] (multi), "
        "in the units of gamma (angular frequency); default all zeros. Runs refuse a point where the QFI "
        "is discontinuous (docs/model.md, 'The operating point')",
    )
    weight_matrix: list[list[float]] | None = Field(
        default=None,
        description="multi task: the weight matrix W of the QCRB Tr(W F^-1) and of the Holevo bound, symmetric "
        "positive definite 3x3; default the identity",
    )

    ancillas: int = Field(
        default=0, ge=0, le=MAX_CONFIG_WIRES - 1,
        description="noiseless ancilla qubits that do not sense (the base station's), entangled with the sensors: "
        f"the circuit's last wires (genes and the GHZ preparation act on them); n_qubits + ancillas <= "
        f"{MAX_CONFIG_WIRES} (docs/model.md, 'Ancillas')",
    )

    network: NetworkSection = Field(
        default=NetworkSection(),
        description="the network the probe travels through, one node per sensor qubit (distances_km, links, "
        "rounds; the protocol): teleportation over each node's delivered Werner pair wraps the sensing channel, "
        "before (out-link) and, distributed, after it (back-link) (docs/network.md, 'Designing for the network'); "
        "no network while distances_km is empty",
    )
    field: FieldKind = Field(
        default=FieldKind.COMMON,
        description="single task: common (one field omega on every sensor, default) or local (node i senses its "
        "own theta_i through Z_i/2; the run designs for q = w.theta, model.weights; the operating point is one "
        "value for every node, or N values; docs/model.md, 'Local parameters')",
    )
    weights: list[float] | None = Field(
        default=None,
        description="field local: the weights w of the estimated q = w.theta, N finite numbers not all zero; "
        "default the average, w_i = 1/N",
    )
    nodes: list[NodeConfig] | None = Field(
        default=None,
        description="per-node channels, one {noise, gamma} per sensor (missing keys: model.noise, model.gamma); "
        "default every node as model.noise and model.gamma",
    )

    preparation_noise: list[float] | None = Field(
        default=None,
        description="[p1, p2]: depolarizing rates after every one-qubit (H, RX, RY, RZ) and two-qubit (CNOT, CRX) "
        "gate of the probe circuit, the GHZ preparation's included, on the gate's qubits (Qiskit's "
        "depolarizing_error); default none, a noiseless preparation (docs/model.md, 'Preparation noise')",
    )

    @field_validator("noise", mode="before")
    @classmethod
    def _known_noise(cls, v):
        return _checks.noise(v)  # the config's spellings of a noise, as the API reads them

    @model_validator(mode="after")
    def _scenario(self):
        """The config's own limit (the wires), then :class:`SensingModel`'s checks, the one validator
        of the scenario (weights, operating point, gamma)."""
        if self.n_qubits + self.ancillas > MAX_CONFIG_WIRES:
            raise ValueError(f"model.n_qubits + model.ancillas must be at most {MAX_CONFIG_WIRES}, got "
                             f"{self.n_qubits} + {self.ancillas}")
        if self.weight_matrix is not None and self.task != Task.MULTI:
            raise ValueError("model.weight_matrix is for the multi task (three parameters)")
        if self.network.active and len(self.network.distances_km) != self.n_qubits:
            raise ValueError(f"model.network.distances_km must list one node per sensor qubit ({self.n_qubits}), "
                             f"got {len(self.network.distances_km)}")
        try:
            self.build()
        except VqsError as err:
            raise ValueError(str(err)) from None
        return self

    def build(self) -> SensingModel:
        theta0 = None if self.operating_point is None else tuple(self.operating_point)
        weights = None if self.weight_matrix is None else tuple(map(tuple, self.weight_matrix))
        extra = {"field": self.field, "function_weights": None if self.weights is None else tuple(self.weights)}
        if self.nodes is not None:
            extra["nodes"] = tuple((n.noise or self.noise, self.gamma if n.gamma is None else n.gamma)
                                   for n in self.nodes)
        return SensingModel(self.n_qubits, self.task, self.noise, self.gamma, operating_point=theta0, weights=weights,
                            ancillas=self.ancillas, links=self.network.resolve(),
                            preparation_noise=self.preparation_noise, **extra)


class TimeGridConfig(Strict):
    """Geometric grid of sensing times from t_max/span to t_max (t_max default gamma_t_max/gamma)."""

    points: int = Field(
        default=_GRID["points"], ge=2, le=512,
        description="number of sensing times in the geometric grid (2 to 512); "
        "the figure of merit is maximised over them and refined between them",
    )
    t_max: float | None = Field(default=_GRID["t_max"], gt=0, allow_inf_nan=False,
                                description="largest sensing time; default gamma_t_max / gamma")
    gamma_t_max: float = Field(default=_GRID["gamma_t_max"], gt=0, le=1e6, allow_inf_nan=False,
                               description="t_max in units of 1/gamma, used when t_max is not given")
    span: float = Field(default=_GRID["span"], gt=1, le=1e6, allow_inf_nan=False,
                        description="t_max / t_min of the geometric grid")

    def times(self, model: SensingModel) -> np.ndarray:
        """The grid for ``model`` (:func:`vqs.physics.qfi.default_times`)."""
        what = (f"the times up to time_grid.t_max = {self.t_max:g}" if self.t_max is not None else
                f"the times up to time_grid.gamma_t_max / model.gamma = {self.gamma_t_max:g} / {model.gamma:g}")
        return default_times(model, self.points, self.t_max, self.gamma_t_max, self.span, key="model.operating_point",
                             what=what)
