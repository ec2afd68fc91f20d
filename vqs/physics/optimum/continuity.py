r"""Is the QFI continuous at the operating point? Detect singular points before optimising.

The SLD QFI of :math:`\rho(\theta)` is continuous in :math:`\theta` wherever the rank of
:math:`\rho` is locally constant. Where the rank changes with the parameter (a zero eigenvalue
that becomes positive on both sides) it jumps: the limit differs from the value at the point by
:math:`2\sum_{\lambda_k=0}\partial^2\lambda_k` (Šafránek, PRA 95, 052320 (2017)). In this model
that happens at operating point 0 whenever the noise does not commute with the field: single
task under bit flip; multi task under bit flip and dephasing. An optimiser scoring probes at
such a point finds and exploits the jump (a gate of angle 1e-5 lifts the zero eigenvalues and
the figure "improves" by 60%), so every command that scores probes checks the point first.

The check (:func:`check_operating_point`): for a set of probe states (GHZ, |0..0>, |+>^N, two
seeded random states, plus any the caller adds) and a few times of the run's grid, the QFI matrix
at :math:`\theta_0` is compared with the QFI matrices at :math:`\theta_0 \pm \delta e_a` for every
parameter a, at two steps :math:`\delta = 10^{-4}s` and :math:`10^{-5}s`,
:math:`s = \max(1, \|\theta_0\|_\infty)`. A continuous QFI changes in proportion to the step
(a tenth of the change for a tenth of the step); a jump does not shrink with the step. The point
is refused when, for some probe, time and direction, the relative change at the small step exceeds
``JUMP_TOL`` (1e-4) *and* is more than half the change at the large step. The computation is numpy
(exact per-qubit channels from scipy's expm, :mod:`vqs.physics.kernel.sld`), independent of the JAX kernel.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from ansatz import Circuit
from vqs.errors import VqsError
from vqs.physics.kernel.prep_noise import circuit_density_matrices
from vqs.physics.kernel.sld import qfim
from vqs.physics.model.noise import apply_sensing
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.timeopt import sub_grid

STEPS = (1e-4, 1e-5)
JUMP_TOL = 1e-4
_MAX_TIMES = 4
_RANDOM_STATES = 2


@dataclass(frozen=True)
class ContinuityReport:
    """The worst case found: relative Frobenius changes of the QFI matrix under the two steps."""

    continuous: bool
    change_large: float  # relative change at the large step ...
    change_small: float  # ... and at the small one, same probe, time and direction
    probe: str
    time: float
    direction: tuple[float, ...]  # the small step
    value_at_point: float  # Tr F at theta0 ...
    value_nearby: float  # ... and one small step away

    def to_dict(self) -> dict:
        """What result.json records: the verdict and the worst relative changes seen."""
        return {"continuous": self.continuous, "relative_change_at_step_1e-4": self.change_large,
                "relative_change_at_step_1e-5": self.change_small, "worst_probe": self.probe}


def probe_states(n_qubits: int, extra=(), seed: int = 0) -> dict[str, np.ndarray]:
    """GHZ, |0..0>, |+>^N and two seeded random pure states (plus ``extra``, name -> vector or
    density matrix)."""
    d = 2**n_qubits
    ghz = np.zeros(d, complex)
    ghz[0] = ghz[-1] = 1 / math.sqrt(2)
    zero = np.zeros(d, complex)
    zero[0] = 1.0
    states = {"GHZ": ghz, "|0..0>": zero, "|+>^N": np.full(d, d**-0.5, complex)}
    rng = np.random.default_rng(seed)
    for k in range(_RANDOM_STATES):
        z = rng.standard_normal(d) + 1j * rng.standard_normal(d)
        states[f"random state {k + 1}"] = z / np.linalg.norm(z)
    for name, vec in dict(extra).items():
        vec = np.asarray(vec, complex)
        if vec.shape == (d, d):  # a density matrix (a probe prepared with noise)
            states[name] = vec / np.trace(vec).real
        else:
            vec = vec.reshape(-1)
            states[name] = vec / np.linalg.norm(vec)
    return states


def _output_qfims(model, t: float, theta, rho_in: np.ndarray) -> np.ndarray:
    """QFI matrices (B, P, P) of (S_theta(t)^{⊗N} ⊗ id_ancillas)(rho_in[b]) for a stack of inputs (numpy), each
    node's S composed with its links (``model.links``)."""
    s, ds = model.wire_channels(t, theta)  # per wire: the network's links composed, ancillas as they are
    wires = model.n_wires if model.links is not None else model.n_qubits  # without links the ancillas are untouched
    x, dx = apply_sensing(s, ds, rho_in, wires, model.n_wires)
    dx = np.moveaxis(dx, 1, 0)
    return np.array([qfim(x[i], dx[i]) for i in range(rho_in.shape[0])])


def _sample_times(times) -> np.ndarray:
    """At most :data:`_MAX_TIMES` of the run's times (:func:`vqs.physics.timeopt.sub_grid`)."""
    return sub_grid(np.asarray(times, dtype=float).reshape(-1), _MAX_TIMES)


def check_operating_point(model: SensingModel, times: ArrayLike,
                          extra_states: Sequence[ArrayLike] = ()) -> ContinuityReport:
    """Compare the QFI matrices at the model's operating point with their values nearby.

    Args:
        model: the :class:`~vqs.physics.model.sensing_model.SensingModel`; times: a time grid (a few of its
            times are used); extra_states: more probe states, name -> vector or density matrix
            (under ``model.preparation_noise`` the noisily prepared GHZ state is added).

    Returns:
        A :class:`ContinuityReport`; ``continuous`` is False at a singular point.

    Example:
        >>> check_operating_point(SensingModel(3, "single", "bit_flip", 0.1), [1.0]).continuous
        False
    """
    times = model.sensing_times(times)
    theta0 = np.asarray(model.operating_point, dtype=float)
    scale = max(1.0, float(np.max(np.abs(theta0))))
    directions = [sign * e for e in np.eye(theta0.size) for sign in (1.0, -1.0)]
    extra_states = dict(extra_states)
    if model.preparation_noise is not None:  # GHZ as the search scores it: with its own noisy preparation
        ghz = Circuit(model.n_wires, (), "ghz")
        extra_states["GHZ, noisy preparation"] = circuit_density_matrices([ghz], model.preparation_noise)[0]
    states = probe_states(model.n_wires, extra_states)
    names = list(states)
    rho_in = np.array([v if v.ndim == 2 else np.outer(v, v.conj()) for v in states.values()])
    worst = ContinuityReport(True, 0.0, 0.0, "", math.nan, (), 0.0, 0.0)
    worst_key = -1.0
    for t in _sample_times(times):
        f0 = _output_qfims(model, float(t), theta0, rho_in)
        for u in directions:
            big, small = (_output_qfims(model, float(t), theta0 + h * scale * u, rho_in) for h in STEPS)
            for i, name in enumerate(names):
                norm = max(np.linalg.norm(f0[i]), np.linalg.norm(big[i]), np.linalg.norm(small[i]))
                if norm <= 1e-9 * max(1.0, t * t):  # this probe carries no information at this time
                    continue
                c_big = float(np.linalg.norm(big[i] - f0[i]) / norm)
                c_small = float(np.linalg.norm(small[i] - f0[i]) / norm)
                jump = c_small > JUMP_TOL and c_small > 0.5 * c_big
                key = c_small + (1.0 if jump else 0.0)
                if key > worst_key:
                    worst_key = key
                    worst = ContinuityReport(not jump, c_big, c_small, name, float(t),
                                             tuple(STEPS[1] * scale * u), float(np.trace(f0[i])),
                                             float(np.trace(small[i])))
    return worst


def require_continuous(model, times, extra_states=(), *, key: str = "model.operating_point") -> ContinuityReport:
    """:func:`check_operating_point`, raising one clear :class:`VqsError` at a singular point."""
    model.sensing_times(times, key)  # the phase range first, named by the caller's key
    rep = check_operating_point(model, times, extra_states)
    if rep.continuous:
        return rep
    point = ", ".join(f"{n}={v:g}" for n, v in zip(model.param_names, model.operating_point))
    moved = ", ".join(f"{v:+g}" for v in rep.direction)
    raise VqsError(
        f"the QFI is discontinuous at the operating point {point} ({model.task} task, {model.noise}), or jumps "
        f"within a step of it: the probe state's rank changes with the field there (Safranek 2017; "
        f"{rep.probe} at t={rep.time:.4g}: Tr F = {rep.value_at_point:.6g} at the point, "
        f"{rep.value_nearby:.6g} a step of ({moved}) away); set {key} to a generic nonzero value, "
        f"e.g. {_example(model, key)} (docs/model.md)"
    )


def _example(model, key: str) -> str:
    values = ["0.01"] * model.n_params
    return ",".join(values) if key.startswith("--") else "[" + ", ".join(values) + "]"
