"""Public QFI / QFIM / QCRB functions: validate and convert, then call the batched kernel.

All three entry points return a :class:`QFICurve` holding, for every probe b and sensing time t,
the QFI matrix ``qfim[b, t]`` (P x P), the QCRB ``qcrb[b, t] = Tr(W F^-1)`` (``inf`` when F is
singular) and, for the single-parameter task, ``qfi[b, t] = qfim[b, t, 0, 0]``.
:func:`local_cfi_of_arrays` and :func:`local_cfi_of_circuits` return the same curve for a local
readout per probe (``readout`` set): the classical Fisher matrix of that readout and Tr(W C^-1).

Batches are processed in chunks of fixed sizes (:func:`chunk_plan`: probes per call and, for
large N, sensing times per call) so that memory stays bounded and the kernel is compiled once per
(N, max genes, chunk shape) whatever the circuits' structures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import jax.numpy as jnp
import numpy as np
from numpy.typing import ArrayLike

from ansatz import Circuit, pack
from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Engine
from vqs.physics.engines import pennylane_engine
from vqs.physics.engines.jax_engine import require_memory, run_chunked, score_packed, score_packed_local
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits, pad_rows
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.types import EngineCapabilities, QFICurve, circuit_list, wires_text

__all__ = ["QFICurve", "circuit_list"]  # defined in vqs.physics.types, public here too

ENGINES = {Engine.JAX: kernel.CAPABILITIES, Engine.PENNYLANE: pennylane_engine.CAPABILITIES}
"""What each engine computes (:class:`~vqs.physics.types.EngineCapabilities`, stated on the engine)."""


def engine_capabilities(engine: str) -> EngineCapabilities:
    """The checked engine's :class:`~vqs.physics.types.EngineCapabilities`."""
    return ENGINES[_checks.engine(engine)]


class CircuitScorer:
    """Curves of a fixed list of probe circuits, checked, packed and modelled once, then scored at
    any times (the time search evaluates one probe at one t hundreds of times).

    ``scorer(times, probes)``: the :class:`QFICurve` of the probes with those indices (None: all)
    at ``times``; with ``local=True`` the classical Fisher curves of each circuit's own readout.
    ``checked=True`` skips the check of ``times`` (callers that pick times inside a checked grid).
    Each set of probes is packed on first use and kept, so every call computes exactly what
    :func:`qfi_of_circuits` of those probes computes.
    """

    def __init__(self, circuits: Circuit | Sequence[Circuit], model: SensingModel, pre=None, post=None,
                 max_genes: int | None = None, engine: str = Engine.JAX, local: bool = False):
        self.circuits = circuit_list(circuits, model)
        self.model, self.max_genes, self.local = model, max_genes, local
        self.engine = _checks.engine(engine)
        caps = ENGINES[self.engine]
        caps.require_per_node(model)
        if local:
            caps.require_local_readout()
            if any(c.readout is None for c in self.circuits):
                raise VqsError("a local-CFI score needs circuits with a readout (one (theta, phi) per qubit)")
        if (pre is not None or post is not None or model.links is not None) and not caps.pre_post:
            raise VqsError("per-qubit maps before/after sensing (pre, post, network links) need the jax engine")
        self.km = None if self.engine != Engine.JAX else KernelModel.of(model, pre, post)
        self._packed: dict[tuple[int, ...] | None, tuple] = {}

    def _inputs(self, probes):
        key = None if probes is None else tuple(probes)
        if key not in self._packed:
            chosen = self.circuits if key is None else [self.circuits[i] for i in key]
            packed = PackedCircuits.from_arrays(pack(chosen, self.max_genes))
            readouts = np.array([c.readout for c in chosen], dtype=float) if self.local else None
            self._packed[key] = (chosen, packed, readouts)
        return self._packed[key]

    def __call__(self, times, probes: Sequence[int] | None = None, *, checked: bool = False) -> QFICurve:
        times = np.atleast_1d(np.asarray(times, dtype=float)) if checked else self.model.sensing_times(times)
        if self.engine == Engine.PENNYLANE:
            chosen = self.circuits if probes is None else [self.circuits[i] for i in probes]
            return pennylane_engine.qfi_of_circuits(chosen, self.model, times)
        _, packed, readouts = self._inputs(probes)
        if self.local:
            return score_packed_local(packed, readouts, self.km, self.model, times)
        return score_packed(packed, self.km, self.model, times)


def local_cfi_of_circuits(circuits: Circuit | Sequence[Circuit], model: SensingModel, times: ArrayLike,
                          pre: ArrayLike | None = None, post: ArrayLike | None = None,
                          max_genes: int | None = None) -> QFICurve:
    """Classical Fisher curves of probe circuits read out by their own local readout
    (:attr:`ansatz.Circuit.readout`, required).

    Args:
        circuits: one :class:`ansatz.Circuit` or a list, each with its readout (one (theta, phi)
            Bloch direction per qubit).
        model: the sensing model.
        times: sensing times (> 0).
        pre, post: optional per-qubit superoperators (N, 4, 4) applied before/after sensing.
        max_genes: pad every circuit to this many gene slots (one compiled shape).

    Returns:
        A :class:`QFICurve` whose ``qfim`` holds the classical Fisher information matrices of the
        readouts (and ``readout`` the readouts), B = len(circuits).
    """
    return CircuitScorer(circuits, model, pre, post, max_genes, local=True)(times)


def qfi_of_circuits(
    circuits: Circuit | Sequence[Circuit],
    model: SensingModel,
    times: ArrayLike,
    pre: ArrayLike | None = None,
    post: ArrayLike | None = None,
    max_genes: int | None = None,
    engine: str = Engine.JAX,
) -> QFICurve:
    """QFI curves of probe circuits.

    Args:
        circuits: one :class:`ansatz.Circuit` or a list (all on ``model.n_wires`` wires: the
            sensors, then the ancillas).
        model: the :class:`~vqs.physics.model.sensing_model.SensingModel`.
        times: sensing times (> 0).
        pre, post: optional per-qubit superoperators (N, 4, 4) applied before/after sensing
            (jax engine only).
        max_genes: pad every circuit to this many gene slots (one compiled shape; jax engine).
        engine: ``"jax"`` (the batched kernel, default) or ``"pennylane"``
            (:mod:`vqs.physics.engines.pennylane_engine`, the cross-check; N <= its ``MAX_QUBITS``).

    Returns:
        A :class:`QFICurve` with B = len(circuits).

    Example:
        >>> model = SensingModel(3, "single", "dephasing", 0.1)
        >>> qfi_of_circuits(ghz_circuit(3), model, [1.0]).qfi.round(6)  # N^2 t^2 e^(-2 N gamma t)
        array([[4.939305]])
    """
    return CircuitScorer(circuits, model, pre, post, max_genes, engine)(times)


def qfi_of_states(states: ArrayLike, model: SensingModel, times: ArrayLike, pre: ArrayLike | None = None,
                  post: ArrayLike | None = None) -> QFICurve:
    """QFI curves of initial probe states.

    Args:
        states: state vectors (d,) / (B, d) or density matrices (d, d) / (B, d, d), d = 2^N,
            qubit 0 the most significant bit (PennyLane's order).
        model, times, pre, post: as for :func:`qfi_of_circuits`.

    Returns:
        A :class:`QFICurve`.

    Example:
        >>> psi = np.zeros(8); psi[[0, 7]] = 2**-0.5  # GHZ
        >>> qfi_of_states(psi, SensingModel(3, "single", "dephasing", 0.1), [1.0]).qfi.round(6)
        array([[4.939305]])
    """
    arr = np.asarray(states, dtype=complex)
    d = model.dim
    if arr.ndim in (1, 2) and arr.shape[-1] == d and not (arr.ndim == 2 and arr.shape == (d, d)):
        vecs = arr.reshape(-1, d)
        norms = np.linalg.norm(vecs, axis=1)
        if np.any(np.abs(norms - 1) > 1e-8):
            raise VqsError("state vectors must be normalised")
        rho0 = vecs[:, :, None] * vecs[:, None, :].conj()
    elif arr.ndim in (2, 3) and arr.shape[-2:] == (d, d):
        rho0 = arr.reshape(-1, d, d)
        if not np.all(np.isfinite(rho0)):
            raise VqsError("density matrices must be finite")
        if np.abs(rho0 - np.swapaxes(rho0.conj(), -1, -2)).max() > 1e-8:
            raise VqsError("density matrices must be Hermitian")
        if np.abs(np.trace(rho0, axis1=1, axis2=2) - 1).max() > 1e-8:
            raise VqsError("density matrices must have unit trace")
        if np.linalg.eigvalsh(rho0).min() < -1e-8:
            raise VqsError("density matrices must be positive semidefinite")
    else:
        raise VqsError(
            f"states for {wires_text(model)} must have shape ({d},) or ({d}, {d}) "
            f"(optionally batched), got {arr.shape}"
        )
    times = model.sensing_times(times)
    km = KernelModel.of(model, pre, post)

    def call(lo, hi, size, chunk_times):
        return kernel.score_states(jnp.asarray(pad_rows(rho0[lo:hi], size)), km, chunk_times)

    return run_chunked(model, times, rho0.shape[0], call)


def ghz_circuit(n_qubits: int) -> Circuit:
    """The bare GHZ probe (H on qubit 0, CNOT 0 -> i), the paper's baseline.

    Args:
        n_qubits: the number of wires.

    Returns:
        The :class:`ansatz.Circuit` with no genes from the GHZ state.

    Example:
        >>> ghz_circuit(3).init, len(ghz_circuit(3).genes)
        ('ghz', 0)
    """
    return Circuit(n_qubits, (), "ghz")


def default_times(model: SensingModel, points: int = 32, t_max: float | None = None,
                  gamma_t_max: float = 2.0, span: float = 100.0, *, key: str = "operating point",
                  what: str | None = None) -> np.ndarray:
    """A geometric grid of ``points`` sensing times from t_max/span to t_max.

    t_max defaults to ``gamma_t_max / gamma`` (2/gamma). Optimal times scale like 1/(N gamma)
    (per shot) and 1/(2 N gamma) (per unit time) for GHZ under dephasing, so the default covers
    N up to ~50 at two points per 16% step; bit flip at a small operating point has optimal
    times of several 1/gamma (docs/table.md), which needs a larger ``gamma_t_max``. An operating
    point whose phase |theta_a| t_max exceeds :data:`vqs._checks.PHASE_MAX` is refused (``key``
    names it in the message; ``what`` names the times in a refusal of their range).

    Args:
        model: the sensing model (its gamma and operating point).
        points: the number of times (>= 2).
        t_max: the largest time; default ``gamma_t_max / gamma``.
        gamma_t_max: t_max in units of 1/gamma, when ``t_max`` is not given.
        span: t_max / t_min (> 1).
        key, what: the words of a refusal (the config key of the operating point, the times).

    Returns:
        The (points,) increasing times, geometrically spaced.
    """
    if t_max is None:
        if model.gamma <= 0:
            raise VqsError("without noise (gamma = 0) the QFI grows without bound: give t_max")
        t_max = gamma_t_max / model.gamma
    if not (isinstance(points, int) and points >= 2):
        raise VqsError(f"the time grid needs an integer number of points >= 2, got {points!r}")
    if not (math.isfinite(t_max) and t_max > 0):
        raise VqsError(f"t_max must be finite and > 0, got {t_max}")
    if not (math.isfinite(span) and span > 1):
        raise VqsError(f"the time grid's span t_max/t_min must be finite and > 1, got {span}")
    require_memory(model.n_wires, points, model.n_params)
    if what is None:
        what = f"the time grid's times for gamma = {model.gamma:g}" if model.gamma > 0 else "the time grid's times"
    _checks.in_time_range(t_max / span, t_max, what)
    _checks.phases(model.operating_point, t_max, key)
    return np.geomspace(t_max / span, t_max, points)
