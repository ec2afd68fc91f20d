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
import os
from collections.abc import Sequence
from dataclasses import dataclass

import jax.numpy as jnp
import numpy as np

from ansatz import Circuit, CircuitArrays, pack
from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Engine
from vqs.physics import kernel, pennylane_engine
from vqs.physics.covariant import KernelPath, kernel_path
from vqs.physics.model import SensingModel
from vqs.physics.sensing import KernelModel
from vqs.physics.states import PackedCircuits, pad_rows
from vqs.physics.types import EngineCapabilities, QFICurve, circuit_list, wires_text

__all__ = ["QFICurve", "circuit_list"]  # defined in vqs.physics.types, public here too

# Bytes of working memory one (circuit, time) pair may take in the kernel, summed over a chunk.
_CHUNK_BUDGET_BYTES = 512 * 2**20


def _physical_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # not POSIX: assume 8 GiB
        return 8 * 2**30


MEMORY_LIMIT_BYTES = _physical_memory() // 2
"""The most working memory one scoring call may plan to use: half the physical memory (read with
``os.sysconf``). :func:`require_memory` refuses what exceeds it before anything is allocated."""


def _pair_bytes(n_qubits: int, n_params: int) -> int:
    """Kernel working memory of one (circuit, time) pair: rho, d rho (P of them), the
    eigendecomposition and its temporaries, each a 2^N x 2^N complex matrix."""
    return (4**n_qubits) * 16 * (4 + 3 * n_params)


def _floor_pow2(x: int) -> int:
    return 1 << (max(1, int(x)).bit_length() - 1)


@dataclass(frozen=True)
class ChunkPlan:
    """How :func:`_run_chunked` splits a batch: ``circuits`` probes times ``times`` sensing
    times per kernel call (both powers of two, or all times), each call planned to need at most
    ``bytes`` of working memory (:func:`_pair_bytes` per (probe, time) pair)."""

    circuits: int
    times: int
    bytes: int


def chunk_plan(n_qubits: int, n_times: int, n_params: int = 1, batch: int | None = None) -> ChunkPlan:
    """The kernel's chunks for ``batch`` probes (default: as many as fit) at ``n_times`` times.

    All times of a probe go into one call while they fit in the chunk budget (512 MiB); the
    probes per call are then the largest power of two that fits (at most 64, and no more than
    ``batch`` needs). Otherwise (large N: one 2^10 x 2^10 complex matrix is 16 MiB) one probe per
    call and the times split into chunks of the largest power of two that fits (at least one),
    so memory stays bounded whatever the number of times.
    """
    per_pair = _pair_bytes(n_qubits, n_params)
    if per_pair * n_times <= _CHUNK_BUDGET_BYTES:
        circuits = min(64, _floor_pow2(_CHUNK_BUDGET_BYTES // (per_pair * n_times)))
        if batch is not None:
            circuits = min(circuits, 1 << max(0, batch - 1).bit_length())
        times = n_times
    else:
        circuits, times = 1, min(n_times, _floor_pow2(_CHUNK_BUDGET_BYTES // per_pair))
    return ChunkPlan(circuits, times, per_pair * circuits * times)


def require_memory(n_qubits: int, n_times: int, n_params: int = 1) -> int:
    """Estimate the working memory of scoring one probe at ``n_times`` times (the smallest chunk
    the kernel runs, :func:`chunk_plan`, plus the result arrays) and refuse (VqsError) more than
    :data:`MEMORY_LIMIT_BYTES`; returns the estimate in bytes."""
    if n_qubits > 60:  # 2^N x 2^N matrices beyond any memory: do not even compute 2^N (N = 1e40 would hang)
        raise VqsError(f"scoring {n_qubits} qubits needs complex matrices of 2^{n_qubits} x 2^{n_qubits}, above the "
                       f"limit of {MEMORY_LIMIT_BYTES:.3g} bytes (half the physical memory): use fewer qubits")
    plan = chunk_plan(n_qubits, n_times, n_params, batch=1)
    need = plan.bytes + 8 * n_times * (3 + 2 * n_params**2)  # + times, QCRB and QFIM (chunks and whole)
    if need > MEMORY_LIMIT_BYTES:
        raise VqsError(f"scoring {n_qubits} qubits at {n_times} sensing times needs about {need:.3g} bytes of "
                       f"memory ({plan.times} x {4 + 3 * n_params} complex matrices of 2^{n_qubits} x 2^{n_qubits} "
                       f"per kernel call, and the results), above the limit of {MEMORY_LIMIT_BYTES:.3g} bytes "
                       "(half the physical memory): use fewer qubits or times")
    return need


def _padded_chunks(n: int, size: int):
    for start in range(0, n, size):
        yield start, min(start + size, n)


def _run_chunked(model: SensingModel, times: np.ndarray, batch: int, call, readout=None) -> QFICurve:
    """``call(lo, hi, size, chunk_times)`` scores probes lo:hi (padded to ``size`` rows) at
    ``chunk_times``; the chunks follow :func:`chunk_plan` (fixed shapes: the last time chunk is
    padded like the rows, :func:`~vqs.physics.states.pad_rows`; padded rows and times are discarded), so batches of any
    size reuse a few compiled shapes. With R local readouts per probe (``readout`` of shape
    (B, R, N, 2)) the results have a readout axis before the time axis, and a probe's R readouts
    take about the memory of R times as many sensing times."""
    many = readout is not None and readout.ndim == 4
    r = readout.shape[1] if many else 1
    require_memory(model.n_wires, times.size * r, model.n_params)
    plan = chunk_plan(model.n_wires, times.size * r, model.n_params, batch)
    t_size = times.size if plan.times >= times.size * r else max(1, plan.times // r)
    axis = 2 if many else 1  # the time axis of the results

    def keep(x, rows, n_times):
        return np.asarray(x)[(slice(0, rows),) + (slice(None),) * (axis - 1) + (slice(0, n_times),)]

    fs, bounds = [], []
    for lo, hi in _padded_chunks(batch, plan.circuits):
        f_parts, c_parts = [], []
        for t_lo, t_hi in _padded_chunks(times.size, t_size):
            f, c = call(lo, hi, plan.circuits, jnp.asarray(pad_rows(times[t_lo:t_hi], t_size)))
            f_parts.append(keep(f, hi - lo, t_hi - t_lo))
            c_parts.append(keep(c, hi - lo, t_hi - t_lo))
        fs.append(np.concatenate(f_parts, axis=axis))
        bounds.append(np.concatenate(c_parts, axis=axis))
    return QFICurve(model, times, np.concatenate(fs), np.concatenate(bounds), readout)


def qfi_of_arrays(
    arrays: CircuitArrays, model: SensingModel, times, pre=None, post=None, *, fast: bool = False
) -> QFICurve:
    """QFI curves of circuits already packed by :func:`ansatz.pack` (the genetic search's path).

    ``fast=True`` (the search's score) takes the cheapest exact kernel path for the model
    (:func:`vqs.physics.covariant.kernel_path`): under dephasing exact to rounding of
    4 t^2 <J_z^2> rather than of the QFI itself (docs/scale.md), so reported values keep the
    general kernel (the default).
    """
    if arrays.n_qubits != model.n_wires:
        raise VqsError(f"circuits have {arrays.n_qubits} qubits but the model has {wires_text(model)}")
    times = model.sensing_times(times)
    path = kernel_path(model, pre, post) if fast else KernelPath.GENERAL
    return _score_packed(PackedCircuits.from_arrays(arrays), KernelModel.of(model, pre, post), model, times, path)


def _score_packed(packed: PackedCircuits, km: KernelModel, model: SensingModel, times: np.ndarray,
                  path: KernelPath = KernelPath.GENERAL) -> QFICurve:
    """The core of :func:`qfi_of_arrays`: checked, packed inputs."""

    def call(lo, hi, size, chunk_times):
        return kernel.score_circuits(packed.rows(lo, hi, size), km, chunk_times, path=path)

    return _run_chunked(model, times, packed.batch_size, call)


def _readouts(readouts, batch: int, n_qubits: int) -> np.ndarray:
    """Readout angles (B, N, 2) or (B, R, N, 2), finite; VqsError otherwise."""
    arr = np.asarray(readouts, dtype=float)
    if arr.ndim not in (3, 4) or arr.shape[0] != batch or arr.shape[-2:] != (n_qubits, 2):
        raise VqsError(f"readouts must have shape ({batch}, {n_qubits}, 2) or ({batch}, R, {n_qubits}, 2) "
                       f"(theta, phi per qubit), got {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise VqsError("readout angles must be finite")
    return arr


def local_cfi_of_arrays(arrays: CircuitArrays, readouts, model: SensingModel, times, pre=None,
                        post=None) -> QFICurve:
    """Classical Fisher curves of packed circuits, each read out by local projective measurements:
    ``readouts`` (B, n, 2), one per circuit, or (B, R, n, 2), R per circuit (n = ``model.n_wires``:
    one direction per wire, ancillas included) (the sensing is done
    once per circuit and time); angles (theta, phi) per qubit (:mod:`vqs.physics.local_cfi`)."""
    if arrays.n_qubits != model.n_wires:
        raise VqsError(f"circuits have {arrays.n_qubits} qubits but the model has {wires_text(model)}")
    readouts = _readouts(readouts, arrays.batch_size, model.n_wires)
    times = model.sensing_times(times)
    return _score_packed_local(PackedCircuits.from_arrays(arrays), readouts, KernelModel.of(model, pre, post),
                               model, times)


def _score_packed_local(packed: PackedCircuits, readouts: np.ndarray, km: KernelModel, model: SensingModel,
                        times: np.ndarray) -> QFICurve:
    """The core of :func:`local_cfi_of_arrays`: checked, packed inputs."""
    many = readouts.ndim == 4
    per_circuit = readouts if many else readouts[:, None]

    def call(lo, hi, size, chunk_times):
        c, q = kernel.score_circuits_local(packed.rows(lo, hi, size), jnp.asarray(pad_rows(per_circuit[lo:hi], size)),
                                           km, chunk_times)
        return (c, q) if many else (c[:, 0], q[:, 0])

    return _run_chunked(model, times, packed.batch_size, call, readouts)


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
        if local:
            caps.require_local_readout()
            if any(c.readout is None for c in self.circuits):
                raise VqsError("a local-CFI score needs circuits with a readout (one (theta, phi) per qubit)")
        if (pre is not None or post is not None) and not caps.pre_post:
            raise VqsError("per-qubit maps before/after sensing (pre, post) need the jax engine")
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
            return _score_packed_local(packed, readouts, self.km, self.model, times)
        return _score_packed(packed, self.km, self.model, times)


def local_cfi_of_circuits(circuits: Circuit | Sequence[Circuit], model: SensingModel, times, pre=None, post=None,
                          max_genes: int | None = None) -> QFICurve:
    """Classical Fisher curves of probe circuits read out by their own local readout
    (:attr:`ansatz.Circuit.readout`, required); arguments as for :func:`qfi_of_circuits`."""
    return CircuitScorer(circuits, model, pre, post, max_genes, local=True)(times)


def qfi_of_circuits(
    circuits: Circuit | Sequence[Circuit],
    model: SensingModel,
    times,
    pre=None,
    post=None,
    max_genes: int | None = None,
    engine: str = Engine.JAX,
) -> QFICurve:
    """QFI curves of probe circuits.

    Args:
        circuits: one :class:`ansatz.Circuit` or a list (all on ``model.n_wires`` wires: the
            sensors, then the ancillas).
        model: the :class:`~vqs.physics.model.SensingModel`.
        times: sensing times (> 0).
        pre, post: optional per-qubit superoperators (N, 4, 4) applied before/after sensing
            (jax engine only).
        max_genes: pad every circuit to this many gene slots (one compiled shape; jax engine).
        engine: ``"jax"`` (the batched kernel, default) or ``"pennylane"``
            (:mod:`vqs.physics.pennylane_engine`, the cross-check; N <= its ``MAX_QUBITS``).

    Returns:
        A :class:`QFICurve` with B = len(circuits).

    Example:
        >>> model = SensingModel(3, "single", "dephasing", 0.1)
        >>> qfi_of_circuits(ghz_circuit(3), model, [1.0]).qfi.round(6)  # N^2 t^2 e^(-2 N gamma t)
        array([[4.939305]])
    """
    return CircuitScorer(circuits, model, pre, post, max_genes, engine)(times)


def qfi_of_states(states, model: SensingModel, times, pre=None, post=None) -> QFICurve:
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

    return _run_chunked(model, times, rho0.shape[0], call)


def ghz_circuit(n_qubits: int) -> Circuit:
    """The bare GHZ probe (H on qubit 0, CNOT 0 -> i), the paper's baseline."""
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
