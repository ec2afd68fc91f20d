r"""The sensing model: N independent qubits under a field and Markovian noise for a time t.

Each qubit evolves under the Lindblad equation

.. math:: \dot\rho = -i[H(\theta), \rho] + \sum_L \big(L\rho L^\dagger - \tfrac12\{L^\dagger L, \rho\}\big)

* single-parameter task (scalar field): :math:`H = \omega Z/2`, :math:`\theta = (\omega)`;
* multi-parameter task (vector field):  :math:`H = (B_x X + B_y Y + B_z Z)/2`,
  :math:`\theta = (B_x, B_y, B_z)`;

with the noise operators of :mod:`vqs.physics.model.noise`. The generator is linear in the parameters,
:math:`\mathcal L(\theta) = \mathcal D + \sum_a \theta_a \mathcal G_a` with
:math:`\mathcal G_a = -i[h_a, \cdot\,]`, and the exact per-qubit channel is
:math:`S(\theta, t) = e^{t\mathcal L(\theta)}` (4x4). The N-qubit channel is :math:`S^{\otimes N}`.
Derivatives are taken at the operating point ``theta0`` (default all zeros), on which the QFI of
the bit-flip and vector-field models depends.

Ancillas: ``ancillas = k`` adds k noiseless qubits that do not sense (the base station's qubits):
their per-qubit map is the identity and its derivative zero. The probe circuit acts on
``n_wires = N + k`` wires, the sensors first (wires 0..N-1), the ancillas last (wires N..N+k-1);
``dim = 2^(N+k)`` is the probe state's dimension.

Local parameters and heterogeneous nodes (:mod:`vqs.physics.model.nodes`): ``field="local"`` gives
node i its own parameter :math:`\theta_i` (:math:`H_i = \theta_i Z_i/2`, P = N) and the target
:math:`q = w\cdot\theta` (``function_weights`` w, default the average); ``nodes`` gives each sensor
its own noise and rate. The default (common field, no ``nodes``) is the *uniform* model.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.linalg

from vqs import _checks
from vqs.errors import VqsError
from vqs.names import FieldKind, Noise, Task
from vqs.physics.model import nodes as _nodes
from vqs.physics.model.links import Links
from vqs.physics.model.noise import X, Y, Z, commutator_superop, noise_dissipator
from vqs.physics.model.preparation import check_preparation_noise

PARAM_NAMES = {Task.SINGLE: ("omega",), Task.MULTI: ("Bx", "By", "Bz")}
_GENERATORS = {Task.SINGLE: (Z / 2,), Task.MULTI: (X / 2, Y / 2, Z / 2)}


@dataclass(frozen=True)
class SensingModel:
    """N sensor qubits, a task (single or multi parameter), a noise, its rate, an operating point.

    Args:
        n_qubits: number of sensor qubits N (>= 1).
        ancillas: number k of noiseless ancilla qubits that do not sense (default 0), the last k
            wires of the probe circuit (the width N + k is limited, as N alone, by the kernel's
            memory check, :func:`vqs.physics.engines.jax_engine.require_memory`).
        task: ``"single"`` (scalar field omega) or ``"multi"`` (vector field Bx, By, Bz).
        noise: one of :data:`vqs.names.NOISES`.
        gamma: noise rate (>= 0).
        operating_point: the field value theta0 the QFI is taken at (default all zeros): P finite
            numbers, or one number for the single task. Every function that takes sensing times
            refuses |theta0_a| t_max above :data:`vqs._checks.PHASE_MAX` (float64 accuracy).
        weights: the weight matrix W of the QCRB Tr(W F^-1) and of the Holevo bound, symmetric
            positive definite (identity by default; with the local field it is w w^T and may not be given).
        links: the network's teleportation channels around sensing, one Werner parameter per node
            and leg (:class:`vqs.physics.model.links.Links`; default None: no network). Every path
            composes them with the sensing channel (:meth:`wire_channels`).
        field: ``"common"`` (one field on every sensor, default) or ``"local"`` (single task: node
            i's own theta_i; the operating point is one value for all nodes, or N values).
        function_weights: local field: the target's weights w of q = w.theta (default 1/N each).
        nodes: per-sensor ``{noise, gamma}`` (or (noise, gamma) pairs), N of them; default every
            node as ``noise`` and ``gamma``.

        preparation_noise: depolarizing rates (p1, p2) after the one- and two-qubit gates of the
            probe circuit (:mod:`vqs.physics.model.preparation`); None (default): a noiseless
            preparation.

    The one validator of the sensing scenario: the run config's ``model`` section
    (:class:`vqs.search.model_config.ModelConfig`) builds one and adds only its own limit, at most
    :data:`~vqs.search.model_config.MAX_CONFIG_WIRES` wires.

    Example:
        >>> SensingModel(3, "single", "dephasing", 0.1, operating_point=(0.01,)).describe()
        'N=3 single-parameter, dephasing gamma=0.1, at omega=0.01'
    """

    n_qubits: int
    task: Task = Task.SINGLE
    noise: Noise = Noise.DEPHASING
    gamma: float = 0.1
    operating_point: tuple[float, ...] | None = None
    weights: tuple[tuple[float, ...], ...] | None = field(default=None, repr=False)
    ancillas: int = 0
    links: Links | None = None
    field: FieldKind = FieldKind.COMMON
    function_weights: tuple[float, ...] | None = None
    nodes: tuple[tuple[str, float], ...] | None = None
    preparation_noise: tuple[float, float] | None = None

    def __post_init__(self):
        object.__setattr__(self, "n_qubits", _checks.integer("n_qubits", self.n_qubits, 1))
        object.__setattr__(self, "ancillas", _checks.integer("ancillas", self.ancillas, 0))
        object.__setattr__(self, "task", _checks.task(self.task))
        object.__setattr__(self, "noise", _checks.noise(self.noise))
        object.__setattr__(self, "gamma", _checks.gamma(self.gamma))
        self._check_field()
        object.__setattr__(self, "operating_point", self._theta0())
        object.__setattr__(self, "preparation_noise", check_preparation_noise(self.preparation_noise))
        p = self.n_params
        if self.local_field:  # the QCRB's weight is w w^T (rank one, derived: not a user's matrix)
            if self.weights is not None:
                raise VqsError("the local field's QCRB weight is w w^T from function_weights: give no weights matrix")
            w_vec = np.asarray(self.function_weights)
            object.__setattr__(self, "weights", tuple(map(tuple, np.outer(w_vec, w_vec).tolist())))
        else:
            object.__setattr__(self, "weights", _checked_weights(self.weights, p))
        if self.links is not None and (not isinstance(self.links, Links) or self.links.n_nodes != self.n_qubits):
            raise VqsError(f"links must be a Links with one Werner parameter per sensor qubit ({self.n_qubits})")

    def _check_field(self) -> None:
        """Field, function weights and nodes checked (:mod:`vqs.physics.model.nodes`)."""
        try:
            object.__setattr__(self, "field", FieldKind(self.field))
        except ValueError:
            raise VqsError(f"unknown field {self.field!r}; choose common or local") from None
        if self.local_field:
            if self.task != Task.SINGLE:
                raise VqsError("the local field (one parameter per node) is defined for the single task")
            object.__setattr__(self, "function_weights", _nodes.checked_function_weights(self.function_weights,
                                                                                         self.n_qubits))
        elif self.function_weights is not None:
            raise VqsError("function_weights (the target q = w.theta) need the local field (field='local')")
        object.__setattr__(self, "nodes", _nodes.checked_nodes(self.nodes, self.n_qubits, self.noise, self.gamma))

    def _theta0(self) -> tuple[float, ...]:
        """The operating point as P floats; a bare number is accepted for the single task (P = 1),
        and with the local field one value (bare or a list of one) applies to every node."""
        p, given = self.n_params, self.operating_point
        if given is None:
            return (0.0,) * p
        if self.local_field and not _checks.is_number(given) and len(tuple(given)) == 1:
            given = tuple(given)[0]
        if (p == 1 or self.local_field) and _checks.is_number(given):
            given = (given,) * p
        try:
            theta0 = tuple(given)
        except TypeError:
            theta0 = None
        if theta0 is None or len(theta0) != p or not all(_checks.is_number(x) and math.isfinite(x) for x in theta0):
            raise VqsError(
                f"operating point for the {self.task} task needs {p} finite number(s) "
                f"({', '.join(self.param_names)}), got {given!r}"
            )
        return tuple(float(x) for x in theta0)

    def sensing_times(self, times: Any, key: str = "operating point") -> np.ndarray:
        """Checked sensing times (:func:`vqs._checks.times`) whose phase at the operating point
        stays within :data:`vqs._checks.PHASE_MAX`."""
        arr = _checks.times(times)
        _checks.phases(self.operating_point, float(arr.max()), key)
        return arr

    def sensing_time(self, t: Any, key: str = "operating point") -> float:
        """One checked sensing time, within the phase range like :meth:`sensing_times`."""
        t = _checks.time(t)
        _checks.phases(self.operating_point, t, key)
        return t

    @property
    def n_params(self) -> int:
        return self.n_qubits if self.local_field else len(PARAM_NAMES[self.task])

    @property
    def param_names(self) -> tuple[str, ...]:
        if self.local_field:
            return tuple(f"theta_{i + 1}" for i in range(self.n_qubits))
        return PARAM_NAMES[self.task]

    @property
    def local_field(self) -> bool:
        """True when each node has its own parameter (``field="local"``)."""
        return self.field == FieldKind.LOCAL

    @property
    def uniform(self) -> bool:
        """True for the common field on identical nodes (no ``nodes``): one channel for every sensor."""
        return not self.local_field and self.nodes is None

    def node_dissipators(self) -> np.ndarray:
        """(n_wires, 4, 4) per-wire dissipators (:func:`vqs.physics.model.nodes.node_dissipators`)."""
        return _nodes.node_dissipators(self)

    def couplings(self) -> np.ndarray:
        """(P, n_wires) parameter-to-wire couplings (:func:`vqs.physics.model.nodes.couplings`)."""
        return _nodes.couplings(self)

    def node_channels(self, t: float, theta=None) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per sensor: the sensing channel S_k and dS_k/dtheta (P, 4, 4) alone, without the network's
        links (:meth:`wire_channels` composes them; :func:`vqs.physics.model.nodes.node_channels`)."""
        return _nodes.node_channels(self if self.links is None else _plain(self), t, theta)

    @property
    def n_wires(self) -> int:
        """The probe circuit's width: N sensor qubits, then the ancillas."""
        return self.n_qubits + self.ancillas

    @property
    def dim(self) -> int:
        """The probe state's dimension, 2^(N + ancillas)."""
        return 2**self.n_wires

    def sensed(self) -> np.ndarray:
        """(n_wires,) 1.0 on the sensor wires (the first N), 0.0 on the ancillas."""
        return (np.arange(self.n_wires) < self.n_qubits).astype(float)

    def weight_matrix(self) -> np.ndarray:
        return np.asarray(self.weights, dtype=float)

    def dissipator(self) -> np.ndarray:
        """4x4 superoperator :math:`\\mathcal D` of the noise (of ``noise``/``gamma``; per node:
        :meth:`node_dissipators`)."""
        return noise_dissipator(self.noise, self.gamma)

    def field_generators(self) -> np.ndarray:
        """(P, 4, 4) superoperators :math:`\\mathcal G_a = -i[h_a,\\cdot]`,
        :math:`\\partial\\mathcal L/\\partial\\theta_a` (local field: Z/2 for every node's parameter,
        coupled to its node by :meth:`couplings`)."""
        gens = _GENERATORS[self.task] * (self.n_qubits if self.local_field else 1)
        return np.array([commutator_superop(h) for h in gens])

    def lindbladian(self, theta=None) -> np.ndarray:
        theta = self.operating_point if theta is None else theta
        return self.dissipator() + np.einsum("a,aij->ij", np.asarray(theta, float), self.field_generators())

    def channel(self, t: float, theta=None) -> tuple[np.ndarray, np.ndarray]:
        """Exact per-qubit channel ``S`` (4x4) and ``dS/dtheta_a`` (P,4,4) at time ``t`` (numpy);
        with :attr:`links` the composed channel post S pre, which must then be the same on every
        node (:meth:`wire_channels` gives one per wire).

        The derivative is the off-diagonal block of the block-triangular exponential
        :math:`\\exp\\begin{pmatrix} t\\mathcal L & t\\mathcal G_a \\\\ 0 & t\\mathcal L\\end{pmatrix}`
        (Van Loan), exact to rounding. Used by the reference and by the optimality certificate.
        The uniform model only (per node: :meth:`node_channels`).
        """
        if not self.uniform:
            raise VqsError("this model has a channel per node (local field or nodes): use node_channels")
        lind = self.lindbladian(theta)
        s = scipy.linalg.expm(t * lind)
        ds = []
        for g in self.field_generators():
            block = np.zeros((8, 8), dtype=complex)
            block[:4, :4] = block[4:, 4:] = t * lind
            block[:4, 4:] = t * g
            ds.append(scipy.linalg.expm(block)[:4, 4:])
        s, ds = s, np.array(ds)
        if self.links is None:
            return s, ds
        if not self.links.homogeneous:
            raise VqsError(f"this needs one channel on every node, but the nodes' links differ "
                           f"({self.links.describe()})")
        pre, post = self.links.pre(self.n_wires)[0], self.links.post(self.n_wires)[0]
        return post @ s @ pre, np.einsum("ij,ajk,kl->ail", post, ds, pre)

    def wire_channels(self, t: float, theta=None) -> tuple[np.ndarray, np.ndarray]:
        """Per-wire channels (n_wires, 4, 4) and derivatives (n_wires, P, 4, 4): post S_k pre on the
        sensors (S_k, node k's own channel, :meth:`node_channels`, alone without links), post pre on the
        ancillas (identity without links)."""
        links, per_node = self.links, self.node_channels(t, theta)
        n = self.n_wires
        chans = np.broadcast_to(np.eye(4, dtype=complex), (n, 4, 4)).copy()
        dchans = np.zeros((n,) + per_node[0][1].shape, dtype=complex)
        for i, (s, ds) in enumerate(per_node):
            chans[i], dchans[i] = s, ds
        if links is not None:
            pre, post = links.pre(n), links.post(n)
            chans = np.einsum("nij,njk,nkl->nil", post, chans, pre)
            dchans = np.einsum("nij,najk,nkl->nail", post, dchans, pre)
        return chans, dchans

    def describe(self) -> str:
        theta = ", ".join(f"{n}={v:g}" for n, v in zip(self.param_names, self.operating_point))
        anc = f" + {self.ancillas} ancilla{'s' if self.ancillas > 1 else ''}" if self.ancillas else ""
        noise = f"{self.noise} gamma={self.gamma:g}" if self.nodes is None else \
            "nodes " + ", ".join(f"{n} {g:g}" for n, g in self.nodes)
        net = f", {self.links.describe()}" if self.links is not None else ""
        prep = "" if self.preparation_noise is None else \
            f", preparation noise p1={self.preparation_noise[0]:g} p2={self.preparation_noise[1]:g}"
        if self.local_field:
            w = ", ".join(f"{x:g}" for x in self.function_weights)
            return f"N={self.n_qubits}{anc} local field, q = w.theta with w = ({w}), {noise}, at {theta}{net}{prep}"
        return f"N={self.n_qubits}{anc} {self.task}-parameter, {noise}, at {theta}{net}{prep}"


def _plain(model: SensingModel) -> SensingModel:
    """The same model without links (the bare sensing channel)."""
    return dataclasses.replace(model, links=None)


def _checked_weights(weights, p: int) -> tuple[tuple[float, ...], ...]:
    """The weight matrix W of Tr(W F^-1): symmetric positive definite P x P (identity when None)."""
    try:
        w = np.eye(p) if weights is None else np.asarray(weights, dtype=float)
    except (TypeError, ValueError):
        raise VqsError(f"weights must be a symmetric finite {p}x{p} matrix") from None
    if w.shape != (p, p) or not np.all(np.isfinite(w)) or not np.allclose(w, w.T, rtol=0, atol=1e-12) \
            or np.linalg.eigvalsh(w)[0] <= 0:
        raise VqsError(f"weights must be a symmetric positive definite {p}x{p} matrix, got {weights!r}")
    return tuple(map(tuple, w.tolist()))
