"""Local readouts designed with the probe: the best one of a fixed probe jointly over the readout
angles and the sensing time, the search's start readouts, and the singular-point check of a design.

The figures of merit ``local_cfi_per_shot`` / ``local_cfi_per_time`` (docs/measurement.md) score a
probe circuit together with its readout (:attr:`ansatz.Circuit.readout`, one Bloch direction per
qubit). :func:`best_local_over_time` gives a fixed probe (GHZ, a QFI-designed circuit) its best
readout, jointly with the sensing time. Starts: (1) the start readouts of
:func:`vqs.physics.readout.measurement.start_angles` (all-X, all-Y, seeded directions), each at its best
time on the grid (one batched call); (2) at each of the (at most :data:`QFI_PEAKS`) local maxima
over the grid of the probe's QFI figure, the best local readout at that time
(:func:`vqs.physics.readout.measurement.best_local`): the best readout turns with t (the signal's phase
is omega0 t), so a fixed start readout can miss a peak in t that the QFI shows (bit flip per unit
time has two). From every start L-BFGS-B (:func:`vqs.physics.readout.measurement.multistart_lbfgs`)
maximises log(figure) over the 2N readout angles and log t (t within the grid's span), with
gradients from the kernel (:func:`vqs.physics.kernel.batched.neg_log_figure`); the best readout is then
scored like every probe (grid, bounded refinement of t*: :func:`vqs.physics.fom.best_times_of_circuits`),
with the optimiser's t added to the grid.

:func:`readout_check` is the project's continuity rule for a CFI
(:func:`vqs.physics.readout.measurement.singular_outcomes`): an outcome with p <= PROB_CUTOFF but a non-negligible
derivative makes the CFI singular at that point.
"""

from __future__ import annotations

import math

import jax.numpy as jnp
import numpy as np
from numpy.typing import ArrayLike

from ansatz import Circuit, pack
from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Figure
from vqs.physics.engines.jax_engine import local_cfi_of_arrays, qfi_of_arrays
from vqs.physics.fom import BestTime, best_times_of_circuits, figure_values
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.local_cfi import PROB_CUTOFF
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.readout.measurement import (
    best_local,
    canonical_angles,
    local_distribution,
    multistart_lbfgs,
    output_state,
    singular_outcomes,
    start_angles,
)

QFI_PEAKS = 3
"""The highest local maxima over the grid of the QFI figure that start a local readout search."""
SEARCH_STARTS = 2
"""Seeded random start readouts of the genetic search's scoring, besides all-X and all-Y."""


def search_start_readouts(n_qubits: int) -> np.ndarray:
    """(K, N, 2) the fixed start readouts of the search (all-X, all-Y, :data:`SEARCH_STARTS` seeded
    directions, seed 0): every genome is scored with each on the time grid and the best
    (readout, time) pair starts its local steps, so a genome's fitness is a function of the genome."""
    return np.array(start_angles(n_qubits, SEARCH_STARTS, 0))


def _local_figure(figure):
    figure = _checks.figure(figure, local=True)
    if not figure.local:
        raise VqsError(f"a local readout is designed for a local-CFI figure of merit, not {figure}")
    return figure


def best_local_over_time(circuit: Circuit, model: SensingModel, grid: ArrayLike, figure: Figure | str, *,
                         starts: int = 8, seed: int = 0,
                         max_genes: int | None = None) -> tuple[Circuit, BestTime]:
    """The local readout of most information for the fixed probe ``circuit`` (its angles untouched),
    optimised jointly with the sensing time, and its score.

    Args:
        circuit: the probe (any readout it has is ignored).
        model: the :class:`~vqs.physics.model.sensing_model.SensingModel`; grid: the time grid (t stays in its span).
        figure: ``local_cfi_per_shot`` or ``local_cfi_per_time``.
        starts, seed: seeded random start readouts besides all-X and all-Y.
        max_genes: gene slots of the compiled kernel (default: the circuit's length).

    Returns:
        ``(circuit with the readout, its BestTime)``: value = the figure at t*; ``qfim``/``qcrb`` the
        CFI matrix and Tr(W C^-1) of the readout at t*.
    """
    figure = _local_figure(figure)
    starts = _checks.integer("starts", starts, 0)
    grid = _checks.time_grid(grid)
    _checks.phases(model.operating_point, float(grid[-1]))
    if circuit.n_qubits != model.n_wires:
        raise VqsError(f"circuit has {circuit.n_qubits} qubits but the model has {model.n_wires} wires")
    n = model.n_wires  # one readout direction per wire, ancillas included
    g = max(1, len(circuit.genes) if max_genes is None else max_genes)
    candidates = np.array(start_angles(n, starts, seed))
    arrays = pack([circuit], g)
    values = figure_values(local_cfi_of_arrays(arrays, candidates[None], model, grid), figure)[0]  # (K, T)
    packed = PackedCircuits.from_arrays(arrays).row(0)
    angles = jnp.asarray(packed.angle)
    km = KernelModel.of(model)
    objective = kernel.neg_log_figure(model.task, figure)

    def fun(x):
        val, grads = objective((angles, jnp.asarray(x[-1]), jnp.asarray(x[:-1].reshape(n, 2))), packed, km)
        grad = np.concatenate([np.asarray(grads[2]).ravel(), [float(grads[1])]])
        return float(val), np.where(np.isfinite(grad), grad, 0.0)

    x0s = [np.concatenate([c.ravel(), [math.log(grid[int(np.argmax(v))])]]) for c, v in zip(candidates, values)]
    x0s += [np.concatenate([r.ravel(), [math.log(t)]])
            for t, r in _readouts_at_qfi_peaks(circuit, model, grid, figure, arrays, starts, seed)]
    span = (math.log(grid[0]), math.log(grid[-1]))
    best = multistart_lbfgs(fun, x0s, bounds=[(None, None)] * (2 * n) + [span])
    probe = circuit.with_readout(canonical_angles(best.x[:-1].reshape(n, 2)))
    t_opt = math.exp(float(np.clip(best.x[-1], *span)))
    return probe, best_times_of_circuits([probe], model, grid, figure, max_genes=g, extra_times=[t_opt])[0]


def _readouts_at_qfi_peaks(circuit, model, grid, figure, arrays, starts, seed):
    """(t, best local readout at t) at the highest local maxima over the grid of the QFI figure."""
    q = figure_values(qfi_of_arrays(arrays, model, grid), figure.time_convention)[0]
    padded = np.concatenate([[-np.inf], q, [-np.inf]])
    peaks = [i for i in range(q.size) if q[i] > 0 and padded[i + 1] >= padded[i] and padded[i + 1] >= padded[i + 2]]
    out = []
    for i in sorted(peaks, key=lambda i: -q[i])[:QFI_PEAKS]:
        rho, drho = output_state(circuit, model, float(grid[i]))
        try:
            readout = best_local(rho, drho, model.weight_matrix(), starts=starts, seed=seed)
        except VqsError:  # no information at this time (singular QFIM)
            continue
        out.append((float(grid[i]), readout.angles))
    return out


def _bits(k: int, n: int) -> str:
    return format(k, f"0{n}b")


def readout_check(circuit: Circuit, model: SensingModel, t: float) -> dict:
    """Is the CFI of the probe's readout continuous at time ``t`` and the model's operating point?

    Returns ``{"continuous", "zero_probability_outcomes", "singular_outcomes"}`` (outcomes as bit
    strings, qubit 0 first): outcomes with p <= PROB_CUTOFF are left out of the CFI; those among
    them with a non-negligible derivative make the CFI singular there (``continuous`` False).

    Args:
        circuit: the probe, with its readout (one (theta, phi) Bloch direction per qubit).
        model: the sensing model (its operating point).
        t: the sensing time.

    Returns:
        ``{"continuous": bool, "zero_probability_outcomes": [...], "singular_outcomes": [...]}``.
    """
    if circuit.readout is None:
        raise VqsError("the circuit has no readout to check")
    rho, drho = output_state(circuit, model, t)
    p, dp = (np.asarray(x) for x in local_distribution(rho, drho, np.asarray(circuit.readout)))
    n = model.n_wires  # one readout direction per wire, ancillas included
    singular = singular_outcomes(p, dp)
    return {"continuous": not singular,
            "zero_probability_outcomes": [_bits(int(k), n) for k in np.flatnonzero(p <= PROB_CUTOFF)],
            "singular_outcomes": [_bits(k, n) for k in singular]}
