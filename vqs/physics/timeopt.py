"""The one maximisation over sensing time: best grid point, then a bounded 1-D refinement.

Every optimal time in vqs (a probe's t*, the certificate's and the bound's) comes from
:func:`maximise_over_time`. The refinement runs scipy's ``minimize_scalar`` (method "bounded")
between the grid neighbours of the best grid point and never leaves the grid: the grid is the
stated domain of t. When the maximum lies at an end of the grid the result says so
(``at_edge``): the value is then the supremum over the grid approached at its edge, not an
interior optimum, and callers report it as such.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize_scalar

EDGE_RTOL = 1e-4
"""t* within this relative distance of a grid end counts as being at the edge (the bounded
refinement converges to within ``xtol`` of an end when the objective still rises there)."""


def sub_grid(grid: np.ndarray, points: int) -> np.ndarray:
    """At most ``points`` (>= 2) times of ``grid``, evenly spaced in index, both ends kept (the
    coarse grids of the certificate and of the search's scoring)."""
    grid = np.asarray(grid, dtype=float)
    return grid[np.unique(np.linspace(0, grid.size - 1, min(grid.size, points)).round().astype(int))]


@dataclass(frozen=True)
class TimeMax:
    t_star: float
    value: float
    at_edge: bool


def maximise_over_time(
    objective: Callable[[float], float],
    grid: np.ndarray,
    grid_values: np.ndarray | None = None,
    xtol: float = 1e-7,
) -> TimeMax:
    """Maximise ``objective(t)`` over ``[grid[0], grid[-1]]``.

    ``grid_values`` (the objective on the grid, when the caller already has it, e.g. from one
    batched evaluation) saves the grid pass. Non-finite values count as -inf.
    """
    grid = np.asarray(grid, dtype=float)
    if grid_values is None:
        grid_values = np.array([objective(float(t)) for t in grid])
    values = np.where(np.isfinite(grid_values), grid_values, -np.inf)
    i = int(np.argmax(values))
    best_t, best_v = float(grid[i]), float(values[i])
    lo, hi = grid[max(i - 1, 0)], grid[min(i + 1, grid.size - 1)]
    if hi > lo:
        res = minimize_scalar(lambda t: -objective(float(t)), bounds=(lo, hi), method="bounded",
                              options={"xatol": xtol * hi})
        if np.isfinite(res.fun) and -res.fun > best_v:
            best_t, best_v = float(res.x), float(-res.fun)
    edge = any(abs(best_t - end) <= EDGE_RTOL * end for end in (grid[0], grid[-1]))
    return TimeMax(best_t, best_v, bool(edge))
