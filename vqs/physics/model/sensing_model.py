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
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.linalg

from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Noise, Task
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
        weights: the QCRB weight matrix W in Tr(W F^-1) (identity by default).
        preparation_noise: depolarizing rates (p1, p2) after the one- and two-qubit gates of the
            probe circuit (:mod:`vqs.physics.model.preparation`); None (default): a noiseless
            preparation.

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
    preparation_noise: tuple[float, float] | None = None

    def __post_init__(self):
        object.__setattr__(self, "n_qubits", _checks.integer("n_qubits", self.n_qubits, 1))
        object.__setattr__(self, "ancillas", _checks.integer("ancillas", self.ancillas, 0))
        object.__setattr__(self, "task", _checks.task(self.task))
        object.__setattr__(self, "noise", _checks.noise(self.noise))
        object.__setattr__(self, "gamma", _checks.gamma(self.gamma))
        object.__setattr__(self, "operating_point", self._theta0())
        object.__setattr__(self, "preparation_noise", check_preparation_noise(self.preparation_noise))
        p = self.n_params
        try:
            w = np.eye(p) if self.weights is None else np.asarray(self.weights, dtype=float)
        except (TypeError, ValueError):
            raise VqsError(f"weights must be a symmetric finite {p}x{p} matrix") from None
        if w.shape != (p, p) or not np.all(np.isfinite(w)) or not np.allclose(w, w.T):
            raise VqsError(f"weights must be a symmetric finite {p}x{p} matrix")
        if np.linalg.eigvalsh(w).min() < -1e-12:
            raise VqsError("weights must be positive semidefinite")
        object.__setattr__(self, "weights", tuple(map(tuple, w.tolist())))

    def _theta0(self) -> tuple[float, ...]:
        """The operating point as P floats; a bare number is accepted for the single task (P = 1)."""
        p, given = self.n_params, self.operating_point
        if given is None:
            return (0.0,) * p
        if p == 1 and _checks.is_number(given):
            given = (given,)
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
        return len(PARAM_NAMES[self.task])

    @property
    def param_names(self) -> tuple[str, ...]:
        return PARAM_NAMES[self.task]

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
        """4x4 superoperator :math:`\\mathcal D` of the noise."""
        return noise_dissipator(self.noise, self.gamma)

    def field_generators(self) -> np.ndarray:
        """(P, 4, 4) superoperators :math:`\\mathcal G_a = -i[h_a,\\cdot]`,
        :math:`\\partial\\mathcal L/\\partial\\theta_a`."""
        return np.array([commutator_superop(h) for h in _GENERATORS[self.task]])

    def lindbladian(self, theta=None) -> np.ndarray:
        theta = self.operating_point if theta is None else theta
        return self.dissipator() + np.einsum("a,aij->ij", np.asarray(theta, float), self.field_generators())

    def channel(self, t: float, theta=None) -> tuple[np.ndarray, np.ndarray]:
        """Exact per-qubit channel ``S`` (4x4) and ``dS/dtheta_a`` (P,4,4) at time ``t`` (numpy).

        The derivative is the off-diagonal block of the block-triangular exponential
        :math:`\\exp\\begin{pmatrix} t\\mathcal L & t\\mathcal G_a \\\\ 0 & t\\mathcal L\\end{pmatrix}`
        (Van Loan), exact to rounding. Used by the reference and by the optimality certificate.
        """
        lind = self.lindbladian(theta)
        s = scipy.linalg.expm(t * lind)
        ds = []
        for g in self.field_generators():
            block = np.zeros((8, 8), dtype=complex)
            block[:4, :4] = block[4:, 4:] = t * lind
            block[:4, 4:] = t * g
            ds.append(scipy.linalg.expm(block)[:4, 4:])
        return s, np.array(ds)

    def describe(self) -> str:
        theta = ", ".join(f"{n}={v:g}" for n, v in zip(self.param_names, self.operating_point))
        anc = f" + {self.ancillas} ancilla{'s' if self.ancillas > 1 else ''}" if self.ancillas else ""
        prep = "" if self.preparation_noise is None else \
            ", preparation noise p1={:g} p2={:g}".format(*self.preparation_noise)
        return f"N={self.n_qubits}{anc} {self.task}-parameter, {self.noise} gamma={self.gamma:g}, at {theta}{prep}"
