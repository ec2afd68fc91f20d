"""The JAX engine: the compiled kernel (:mod:`vqs.physics.kernel.batched`) run over chunks of probes
and times, so memory stays bounded whatever the batch (:func:`chunk_plan`, :func:`require_memory`).

Its inputs are already checked and packed (the front, :mod:`vqs.physics.qfi`, or the search's
fitness, which packs genomes itself); it trusts them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import jax.numpy as jnp
import numpy as np

from ansatz import CircuitArrays
from vqs.errors import VqsError
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.covariant import KernelPath, kernel_path
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits, pad_rows
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.types import QFICurve, wires_text

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
    """How :func:`run_chunked` splits a batch: ``circuits`` probes times ``times`` sensing
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


def run_chunked(model: SensingModel, times: np.ndarray, batch: int, call, readout=None) -> QFICurve:
    """``call(lo, hi, size, chunk_times)`` scores probes lo:hi (padded to ``size`` rows) at
    ``chunk_times``; the chunks follow :func:`chunk_plan` (fixed shapes: the last time chunk is
    padded like the rows, :func:`~vqs.physics.kernel.states.pad_rows`; padded rows and times are
    discarded), so batches of any
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
    (:func:`vqs.physics.kernel.covariant.kernel_path`): under dephasing exact to rounding of
    4 t^2 <J_z^2> rather than of the QFI itself (docs/scale.md), so reported values keep the
    general kernel (the default).
    """
    if arrays.n_qubits != model.n_wires:
        raise VqsError(f"circuits have {arrays.n_qubits} qubits but the model has {wires_text(model)}")
    times = model.sensing_times(times)
    path = kernel_path(model, pre, post) if fast else KernelPath.GENERAL
    return score_packed(PackedCircuits.from_arrays(arrays), KernelModel.of(model, pre, post), model, times, path)


def score_packed(packed: PackedCircuits, km: KernelModel, model: SensingModel, times: np.ndarray,
                  path: KernelPath = KernelPath.GENERAL) -> QFICurve:
    """The core of :func:`qfi_of_arrays`: checked, packed inputs."""

    def call(lo, hi, size, chunk_times):
        return kernel.score_circuits(packed.rows(lo, hi, size), km, chunk_times, path=path)

    return run_chunked(model, times, packed.batch_size, call)


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
    once per circuit and time); angles (theta, phi) per qubit (:mod:`vqs.physics.kernel.local_cfi`)."""
    if arrays.n_qubits != model.n_wires:
        raise VqsError(f"circuits have {arrays.n_qubits} qubits but the model has {wires_text(model)}")
    readouts = _readouts(readouts, arrays.batch_size, model.n_wires)
    times = model.sensing_times(times)
    return score_packed_local(PackedCircuits.from_arrays(arrays), readouts, KernelModel.of(model, pre, post),
                               model, times)


def score_packed_local(packed: PackedCircuits, readouts: np.ndarray, km: KernelModel, model: SensingModel,
                        times: np.ndarray) -> QFICurve:
    """The core of :func:`local_cfi_of_arrays`: checked, packed inputs."""
    many = readouts.ndim == 4
    per_circuit = readouts if many else readouts[:, None]

    def call(lo, hi, size, chunk_times):
        c, q = kernel.score_circuits_local(packed.rows(lo, hi, size), jnp.asarray(pad_rows(per_circuit[lo:hi], size)),
                                           km, chunk_times)
        return (c, q) if many else (c[:, 0], q[:, 0])

    return run_chunked(model, times, packed.batch_size, call, readouts)
