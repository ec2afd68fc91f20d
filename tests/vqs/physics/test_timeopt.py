"""The one time maximiser: interior optima refined, optima at an end of the grid flagged."""

import numpy as np
import pytest

from vqs.physics.timeopt import maximise_over_time

GRID = np.geomspace(0.1, 10.0, 12)


@pytest.mark.parametrize("peak", [0.37, 1.0, 4.2])
def test_interior_optimum_is_refined(peak):
    best = maximise_over_time(lambda t: -(np.log(t / peak)) ** 2, GRID)
    assert best.t_star == pytest.approx(peak, rel=1e-5) and not best.at_edge


@pytest.mark.parametrize("f, end", [(lambda t: 1 - np.exp(-t), 10.0), (lambda t: np.exp(-t), 0.1)])
def test_monotone_objective_is_flagged_at_the_edge(f, end):
    best = maximise_over_time(f, GRID)
    assert best.at_edge and best.t_star == pytest.approx(end, rel=1e-4)


def test_grid_values_are_used_and_non_finite_values_skipped():
    calls = []

    def f(t):
        calls.append(t)
        return -((t - 2.0) ** 2)

    values = np.array([f(t) for t in GRID])
    values[0] = np.nan
    calls.clear()
    best = maximise_over_time(f, GRID, values)
    assert best.t_star == pytest.approx(2.0, rel=1e-5)
    assert all(GRID[0] <= t <= GRID[-1] for t in calls)  # the refinement never leaves the grid
