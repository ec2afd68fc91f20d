"""Public QFI / QFIM / QCRB functions: validate and convert, then call the batched kernel.

All three entry points return a :class:`QFICurve` holding, for every probe b and sensing time t,
the QFI matrix ``qfim[b, t]`` (P x P), the QCRB ``qcrb[b, t] = Tr(W F^-1)`` (``inf`` when F is
singular) and, for the single-parameter task, ``qfi[b, t] = qfim[b, t, 0, 0]``.

Batches are processed in chunks of a fixed size so that memory stays bounded and the kernel is
compiled once per (N, max genes, chunk, number of times) whatever the circuits' structures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import jax.numpy as jnp
import numpy as np

from ansatz import Circuit, CircuitArrays, pack
from vqs import kernel
from vqs.errors import VqsError
from vqs.model import SensingModel

# Bytes of working memory one (circuit, time) pair may take in the kernel, summed over a chunk.
_CHUNK_BUDGET_BYTES = 512 * 2**20


@dataclass(frozen=True)
class QFICurve:
    """QFI of a batch of probes over sensing times (all arrays numpy, float64)."""

    model: SensingModel
    times: np.ndarray  # (T,)
    qfim: np.ndarray  # (B, T, P, P)
    qcrb: np.ndarray  # (B, T)

    @property
    def qfi(self) -> np.ndarray:
        """(B, T) QFI of the single-parameter task (the (0, 0) element of the QFIM)."""
        if self.model.task != "single":
            raise VqsError("qfi is defined for the single-parameter task; use qfim / qcrb")
        return self.qfim[..., 0, 0]


def check_times(times) -> np.ndarray:
    try:
        arr = np.atleast_1d(np.asarray(times, dtype=float))
    except (TypeError, ValueError):
        raise VqsError(f"sensing times must be numbers, got {times!r}") from None
    if arr.ndim != 1 or arr.size == 0:
        raise VqsError("sensing times must be a non-empty 1-D list")
    if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
        raise VqsError(f"sensing times must be finite and > 0, got {arr.tolist()}")
    return arr


def _check_local_maps(maps, n_qubits: int, name: str) -> np.ndarray:
    if maps is None:
        return np.broadcast_to(np.eye(4, dtype=complex), (n_qubits, 4, 4)).copy()
    arr = np.asarray(maps, dtype=complex)
    if arr.shape != (n_qubits, 4, 4) or not np.all(np.isfinite(arr)):
        raise VqsError(f"{name} must be finite per-qubit superoperators of shape ({n_qubits}, 4, 4)")
    return arr


def _chunk_size(n_qubits: int, n_times: int, n_params: int) -> int:
    per_pair = (4**n_qubits) * 16 * (4 + 3 * n_params)
    fits = max(1, _CHUNK_BUDGET_BYTES // (per_pair * n_times))
    return int(min(64, 1 << (fits.bit_length() - 1)))


def _padded_chunks(n: int, size: int):
    for start in range(0, n, size):
        yield start, min(start + size, n)


def pad_rows(arr: np.ndarray, size: int) -> np.ndarray:
    """Pad a batch to ``size`` rows by repeating its first row (results of pads are discarded)."""
    if arr.shape[0] == size:
        return arr
    pad = np.repeat(arr[:1], size - arr.shape[0], axis=0)
    return np.concatenate([arr, pad], axis=0)


def _run_chunked(model: SensingModel, times: np.ndarray, batch: int, call) -> QFICurve:
    # chunk sizes are powers of two (capped): batches of any size reuse a few compiled shapes
    cap = _chunk_size(model.n_qubits, times.size, model.n_params)
    size = min(cap, 1 << max(0, batch - 1).bit_length())
    fs, bounds = [], []
    for lo, hi in _padded_chunks(batch, size):
        f, c = call(lo, hi, size)
        fs.append(np.asarray(f)[: hi - lo])
        bounds.append(np.asarray(c)[: hi - lo])
    return QFICurve(model, times, np.concatenate(fs), np.concatenate(bounds))


def qfi_of_arrays(
    arrays: CircuitArrays, model: SensingModel, times, pre=None, post=None
) -> QFICurve:
    """QFI curves of circuits already packed by :func:`ansatz.pack` (the genetic search's path)."""
    if arrays.n_qubits != model.n_qubits:
        raise VqsError(f"circuits have {arrays.n_qubits} qubits but the model has {model.n_qubits}")
    times = check_times(times)
    pre = _check_local_maps(pre, model.n_qubits, "pre")
    post = _check_local_maps(post, model.n_qubits, "post")
    m = kernel.model_arrays(model)
    fields = (arrays.kind, arrays.control, arrays.target, arrays.angle, arrays.ghz)

    def call(lo, hi, size):
        k, c, tg, a, g = (jnp.asarray(pad_rows(x[lo:hi], size)) for x in fields)
        return kernel.score_circuits(
            k, c, tg, a, g, m["dissipator"], m["fields"], m["theta0"], m["weights"],
            times, pre, post, n_qubits=model.n_qubits,
        )

    return _run_chunked(model, times, arrays.batch_size, call)


def qfi_of_circuits(
    circuits: Circuit | Sequence[Circuit],
    model: SensingModel,
    times,
    pre=None,
    post=None,
    max_genes: int | None = None,
) -> QFICurve:
    """QFI curves of probe circuits (one :class:`ansatz.Circuit` or a list)."""
    if isinstance(circuits, Circuit):
        circuits = [circuits]
    circuits = list(circuits)
    if not circuits:
        raise VqsError("no circuits to score")
    for c in circuits:
        if not isinstance(c, Circuit):
            raise VqsError(f"expected ansatz.Circuit objects, got {type(c).__name__}")
        if c.n_qubits != model.n_qubits:
            raise VqsError(f"circuit has {c.n_qubits} qubits but the model has {model.n_qubits}")
    return qfi_of_arrays(pack(circuits, max_genes), model, times, pre, post)


def qfi_of_states(states, model: SensingModel, times, pre=None, post=None) -> QFICurve:
    """QFI curves of initial probe states: state vectors (d,) / (B, d) or density matrices
    (d, d) / (B, d, d), d = 2^N, qubit 0 the most significant bit (PennyLane's order)."""
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
            f"states for {model.n_qubits} qubits must have shape ({d},) or ({d}, {d}) "
            f"(optionally batched), got {arr.shape}"
        )
    times = check_times(times)
    pre = _check_local_maps(pre, model.n_qubits, "pre")
    post = _check_local_maps(post, model.n_qubits, "post")
    m = kernel.model_arrays(model)

    def call(lo, hi, size):
        return kernel.score_states(
            jnp.asarray(pad_rows(rho0[lo:hi], size)), m["dissipator"], m["fields"], m["theta0"],
            m["weights"], times, pre, post, n_qubits=model.n_qubits,
        )

    return _run_chunked(model, times, rho0.shape[0], call)


def circuit_statevectors(circuits: Sequence[Circuit]) -> np.ndarray:
    """Probe state vectors (B, 2^N) of circuits (the kernel's statevector simulation)."""
    arrays = pack(list(circuits))
    psi = kernel.circuit_states(*(jnp.asarray(x) for x in (arrays.kind, arrays.control, arrays.target,
                                                           arrays.angle, arrays.ghz)), arrays.n_qubits)
    return np.asarray(psi)


def ghz_circuit(n_qubits: int) -> Circuit:
    """The bare GHZ probe (H on qubit 0, CNOT 0 -> i), the paper's baseline."""
    return Circuit(n_qubits, (), "ghz")


def default_times(model: SensingModel, points: int = 32, t_max: float | None = None,
                  gamma_t_max: float = 2.0, span: float = 100.0) -> np.ndarray:
    """A geometric grid of ``points`` sensing times from t_max/span to t_max.

    t_max defaults to ``gamma_t_max / gamma`` (2/gamma). Optimal times scale like 1/(N gamma)
    (per shot) and 1/(2 N gamma) (per unit time) for GHZ under dephasing, so the default covers
    N up to ~50 at two points per 16% step; bit flip at a small operating point has optimal
    times of several 1/gamma (docs/table.md), which needs a larger ``gamma_t_max``.
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
    return np.geomspace(t_max / span, t_max, points)
