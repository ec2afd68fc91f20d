r"""Figures of merit over sensing time, and the optimal sensing time t*.

Two conventions, both reported everywhere:

* ``per_shot``: the information of one probe, :math:`\max_t F(t)`;
* ``per_time``: the information per unit of sensing time when probes are repeated back to
  back, :math:`\max_t F(t)/t` (the repetition-rate convention of variational-state metrology:
  in a total time T there are T/t shots, so the QCRB of the mean is :math:`t/(T F(t))`).

For the multi-parameter task the scalar is the inverse QCRB, :math:`1/\mathrm{Tr}(W F^{-1})`
per shot and :math:`1/(t\,\mathrm{Tr}(W F^{-1}))` per unit time (0 where F is singular); for the
local field (one parameter per node) the same with the target's QCRB :math:`w^T F^+ w` (0 where
w is not identifiable): the QFI of :math:`q = w\cdot\theta`.
The ``local_cfi_*`` figures take the same two conventions with F the classical Fisher information
of the probe's own local readout (:attr:`ansatz.Circuit.readout`, docs/measurement.md); their
:class:`BestTime` then holds that CFI matrix and Tr(W C^-1) in ``qfim`` and ``qcrb``.

t* is found on a grid, then refined between the grid neighbours of the best grid point by
:func:`vqs.physics.timeopt.maximise_over_time` (the one time maximiser); a t* at an end of the grid is
flagged (``at_edge``): the value is then a supremum over the grid, not an interior optimum.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from ansatz import Circuit
from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Engine, Figure, Task
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import CircuitScorer, QFICurve, engine_capabilities, qfi_of_states
from vqs.physics.timeopt import maximise_over_time


def figure_values(curve: QFICurve, figure: str) -> np.ndarray:
    """(B, [R,] T) values of the figure of merit (larger is better) on the curve's time grid; a
    local-CFI figure needs a local-readout curve (:func:`vqs.physics.qfi.local_cfi_of_arrays`)."""
    return _values(curve, _checks.figure(figure, local=True))


def _values(curve: QFICurve, figure: Figure) -> np.ndarray:
    """:func:`figure_values` with a checked figure."""
    if figure.local != (curve.readout is not None):
        raise VqsError(f"figure of merit {figure} needs a {'local-readout CFI' if figure.local else 'QFI'} curve")
    if curve.model.task == Task.SINGLE and not curve.model.local_field:
        base = curve.qfim[..., 0, 0]
    else:
        with np.errstate(divide="ignore"):
            base = np.where(np.isfinite(curve.qcrb), 1.0 / curve.qcrb, 0.0)
    return base / curve.times if figure.per_time else base


@dataclass(frozen=True)
class BestTime:
    """The optimum of one probe over sensing time."""

    figure: str
    t_star: float
    value: float  # the figure of merit at t_star
    qfim: np.ndarray  # (P, P) at t_star (for a local-CFI figure: the CFI matrix of the readout)
    qcrb: float  # Tr(W F^-1) at t_star (for a local-CFI figure: Tr(W C^-1))
    at_edge: bool = False  # t_star at an end of the time grid: a supremum, not an interior optimum

    @property
    def qfi(self) -> float:
        return float(self.qfim[0, 0])


def best_on_grid(curve: QFICurve, figure: str) -> list[BestTime]:
    """Per probe, the best grid time (no refinement)."""
    values = figure_values(curve, figure)
    idx = np.argmax(values, axis=1)
    last = curve.times.size - 1
    return [
        BestTime(figure, float(curve.times[i]), float(values[b, i]), curve.qfim[b, i], float(curve.qcrb[b, i]),
                 bool(i in (0, last)))
        for b, i in enumerate(idx)
    ]


def refine_time(
    evaluate: Callable[[np.ndarray], QFICurve],
    grid: np.ndarray,
    grid_values: np.ndarray,
    figure: str,
    xtol: float = 1e-7,
) -> BestTime:
    """Refine t* of one probe: ``evaluate(times)`` returns its curve (B = 1) at those times (inside
    ``grid``: callers may skip checking them)."""
    figure = _checks.figure(figure, local=True)
    return _refine_time(evaluate, grid, grid_values, figure, xtol)


def _refine_time(evaluate, grid: np.ndarray, grid_values: np.ndarray, figure: Figure, xtol: float = 1e-7) -> BestTime:
    """:func:`refine_time` with a checked figure."""

    def objective(t):
        return float(_values(evaluate(np.array([t])), figure)[0, 0])

    best = maximise_over_time(objective, grid, grid_values, xtol)
    curve = evaluate(np.array([best.t_star]))
    return BestTime(figure, best.t_star, best.value, curve.qfim[0, 0], float(curve.qcrb[0, 0]), best.at_edge)


def _best(score, n_probes: int, grid, figure: str, refine: bool) -> list[BestTime]:
    """``score(times, probes, checked=...)`` gives the curve of the probes with those indices (None =
    all); the grid is checked once, the time search's times lie inside it."""
    figure = _checks.figure(figure, local=True)
    curve = score(np.asarray(grid, dtype=float), None)
    if not refine:
        return best_on_grid(curve, figure)
    values = figure_values(curve, figure)
    return [
        _refine_time(lambda t, b=b: score(t, [b], checked=True), curve.times, values[b], figure)
        for b in range(n_probes)
    ]


def with_times(grid, extra=None) -> np.ndarray:
    """The grid with the ``extra`` times that lie inside its span added (sorted, without repeats)."""
    grid = np.asarray(grid, dtype=float)
    if extra is None or np.size(extra) == 0:
        return grid
    extra = np.asarray(extra, dtype=float).ravel()
    extra = extra[np.isfinite(extra) & (extra > grid[0]) & (extra < grid[-1])]
    return np.unique(np.concatenate([grid, extra]))


def best_times_of_circuits(
    circuits: Circuit | Sequence[Circuit], model: SensingModel, grid: ArrayLike, figure: Figure | str,
    refine: bool = True, pre: ArrayLike | None = None, post: ArrayLike | None = None,
    max_genes: int | None = None, extra_times: Sequence[float] | None = None, engine: str = Engine.JAX,
) -> list[BestTime]:
    """Best figure of merit over sensing time of each circuit (grid, then bounded refinement).

    Args:
        circuits: one :class:`ansatz.Circuit` or a list.
        model: the :class:`~vqs.physics.model.sensing_model.SensingModel`.
        grid: the time grid (t* is searched within it; at an end it is flagged ``at_edge``).
        figure: ``"per_shot"`` or ``"per_time"``; or ``"local_cfi_per_shot"`` / ``"local_cfi_per_time"``,
            scoring each circuit with its own readout (:attr:`ansatz.Circuit.readout`, required).
        refine: refine t* between grid points (else the best grid point).
        pre, post: optional per-qubit maps before/after sensing.
        max_genes: gene slots of the compiled kernel (default: the longest circuit).
        engine: ``"jax"`` (default) or ``"pennylane"``: what computes every QFI
            (:func:`vqs.physics.qfi.qfi_of_circuits`).
        extra_times: times inside the grid's span added to it (e.g. an optimiser's t: with a
            fixed local readout the figure can peak between grid points, its signal phase turning
            with omega0 t).

    Returns:
        One :class:`BestTime` per circuit.

    Example:
        >>> from vqs.physics.model.sensing_model import SensingModel
        >>> from vqs.physics.qfi import default_times, ghz_circuit
        >>> model = SensingModel(3, "single", "dephasing", 0.1)
        >>> best = best_times_of_circuits(ghz_circuit(3), model, default_times(model), "per_shot")[0]
        >>> round(best.value, 6), round(best.t_star, 6)  # GHZ: 1/(gamma e)^2 at t* = 1/(N gamma)
        (13.533528, 3.333333)
    """
    circuits = [circuits] if isinstance(circuits, Circuit) else list(circuits)
    if max_genes is None and circuits:
        max_genes = max(1, max(len(c.genes) for c in circuits))
    local = _checks.figure(figure, local=True).local
    if local:
        engine_capabilities(engine).require_local_readout()
    score = CircuitScorer(circuits, model, pre, post, max_genes, engine, local=local)  # checked once
    return _best(score, len(circuits), with_times(grid, extra_times), figure, refine)


def best_times_of_states(states: ArrayLike, model: SensingModel, grid: ArrayLike, figure: Figure | str,
                         refine: bool = True, pre: ArrayLike | None = None,
                         post: ArrayLike | None = None) -> list[BestTime]:
    """Best QFI figure of merit over sensing time of each initial state (vectors or density matrices).

    Args:
        states: (B, d) state vectors or (B, d, d) density matrices, d = 2^(N + ancillas)
            (:func:`vqs.physics.qfi.qfi_of_states`).
        model: the sensing model.
        grid: the sensing times (positive, increasing).
        figure: ``"per_shot"`` or ``"per_time"``.
        refine: refine t* between the grid points (bounded), or keep the best grid point.
        pre, post: optional per-qubit maps around sensing, as for :func:`best_times_of_circuits`.

    Returns:
        One :class:`BestTime` per state (value, t*, whether t* is at an end of the grid).

    Example:
        >>> best_times_of_states(psi, model, default_times(model), "per_time")  # doctest: +SKIP
    """
    _checks.figure(figure)
    arr = np.asarray(states, dtype=complex)
    single = arr.ndim == 1 or (arr.ndim == 2 and arr.shape == (model.dim, model.dim))
    batch = arr[None] if single else arr

    def score(times, probes, checked: bool = False):
        chosen = batch if probes is None else batch[probes]
        return qfi_of_states(chosen, model, times, pre, post)

    return _best(score, batch.shape[0], grid, figure, refine)
