"""Argument checks shared by every entry point: each raises one :class:`~vqs.errors.VqsError` line.

Checked once at the boundary (public functions, configs), before any array reaches JAX.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from vqs.errors import VqsError
from vqs.names import Engine, Figure, Noise, Task


def _choice(enum, value, what: str, choices: str | None = None):
    try:
        return enum(value)
    except ValueError:
        raise VqsError(f"unknown {what} {value!r}; choose {choices or 'one of ' + ', '.join(enum)}") from None


def task(value: Any) -> Task:
    return _choice(Task, value, "task", "single or multi")


def figure(value: Any, *, local: bool = False, holevo: bool = False) -> Figure:
    """A figure of merit; the local-CFI figures only where ``local`` (a search's figure, the
    scoring of probes with a readout), the HCRB figures only where ``holevo`` (a search's figure),
    the QFI figures everywhere."""
    allowed = ["per_shot", "per_time"] + ["local_cfi_per_shot", "local_cfi_per_time"] * local
    allowed += ["hcrb_per_shot", "hcrb_per_time"] * holevo
    fig = _choice(Figure, value, "figure of merit", ", ".join(allowed[:-1]) + " or " + allowed[-1])
    if fig.local and not local:
        raise VqsError(f"figure of merit {fig} (a local-readout CFI) is not available here; choose "
                       + " or ".join(allowed))
    if fig.holevo and not holevo:
        raise VqsError(f"figure of merit {fig} (the Holevo bound) is not available here; choose "
                       + ", ".join(allowed))
    return fig


def noise(value: Any) -> Noise:
    return _choice(Noise, value, "noise")


def engine(value: Any) -> Engine:
    return _choice(Engine, value, "engine", "jax or pennylane")


def is_number(value: Any) -> bool:
    """A real number of Python or numpy, not a bool (finite or not)."""
    return not isinstance(value, bool) and isinstance(value, (int, float, np.integer, np.floating))


def integer(name: str, value: Any, lo: int, hi: int | None = None) -> int:
    """An integer (not a bool) >= ``lo`` (and <= ``hi``, if given)."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < lo or \
            (hi is not None and value > hi):
        span = f">= {lo}" if hi is None else f"from {lo} to {hi}"
        raise VqsError(f"{name} must be an integer {span}, got {value!r}")
    return int(value)


def gamma(value: Any) -> float:
    """A decay rate: a finite number >= 0."""
    ok = not isinstance(value, bool) and isinstance(value, (int, float, np.integer, np.floating))
    if not ok or not math.isfinite(value) or value < 0:
        raise VqsError(f"gamma must be a finite number >= 0, got {value!r}")
    return float(value)


TIME_RANGE = (1e-30, 1e30)
"""Sensing times the engine resolves. The physics depends on gamma*t and omega*t only, and the
kernel reproduces gamma = 1 to 1e-14 from gamma = 1e-120 to 1e120 (GHZ, N = 3, both tasks); beyond
about 1e150 QFI matrices overflow or underflow (gamma = 1e300 gave QFI 0 at t* = 2e-302) and
scipy's time refinement overflows from about 1e100. Times outside this range are refused: choose
another time unit (gamma in 1/ms instead of 1/s, ...)."""


def in_time_range(lo: float, hi: float, what: str) -> None:
    """Refuse sensing times from ``lo`` to ``hi`` outside :data:`TIME_RANGE` (one clear line)."""
    if lo < TIME_RANGE[0] or hi > TIME_RANGE[1]:
        span = f"{lo:.3g}" if lo == hi else f"{lo:.3g} to {hi:.3g}"
        raise VqsError(f"{what} ({span}) lie outside the range the engine resolves, [{TIME_RANGE[0]:g}, "
                       f"{TIME_RANGE[1]:g}]: express gamma and the times in another unit")


PHASE_MAX = 1e6
"""Largest phase |theta_a| t_max (operating point times the largest sensing time) the engine
resolves to ~1e-9 relative. The per-qubit channel exp(t L(theta)) is computed in float64, whose
rounding grows with |theta| t: the QFI of GHZ (N = 3, dephasing and amplitude damping, gamma = 0.1)
at omega0 = w against omega0 = 0 measured 9e-10 relative at |omega0| t_max = 2e6, 3e-8 at 2e7,
4e-6 at 2e9 and 1.5e-4 at 2e11 (omega0 = 1e10: GHZ 13.533824 instead of 13.533528). Larger phases
are refused: the operating point is a field value, and an offset that large is removed by a
rotating frame before sensing (docs/model.md, 'The operating point')."""


def phases(operating_point: Any, t_max: float, key: str = "operating point") -> None:
    """Refuse an operating point whose phase |theta_a| t_max exceeds :data:`PHASE_MAX`."""
    theta = max((abs(float(v)) for v in operating_point), default=0.0)
    phase = theta * float(t_max)
    if not phase <= PHASE_MAX:  # also catches inf and nan
        raise VqsError(f"{key}: |theta| t_max = {theta:.3g} x {float(t_max):.3g} = {phase:.3g} exceeds {PHASE_MAX:g}, "
                       "the largest phase the float64 engine resolves to ~1e-9 (docs/model.md, 'The operating "
                       "point'): use a smaller operating point or shorter sensing times")


def time(value: Any, name: str = "sensing time t") -> float:
    """One sensing time: a finite number > 0 within :data:`TIME_RANGE`."""
    ok = not isinstance(value, bool) and isinstance(value, (int, float, np.integer, np.floating))
    if not ok or not math.isfinite(value) or value <= 0:
        raise VqsError(f"{name} must be a finite number > 0, got {value!r}")
    in_time_range(float(value), float(value), name)
    return float(value)


def times(values: Any) -> np.ndarray:
    """Sensing times: a non-empty 1-D array of finite numbers > 0."""
    try:
        arr = np.atleast_1d(np.asarray(values, dtype=float))
    except (TypeError, ValueError):
        raise VqsError(f"sensing times must be numbers, got {values!r}") from None
    if arr.ndim != 1 or arr.size == 0:
        raise VqsError("sensing times must be a non-empty 1-D list")
    if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
        raise VqsError(f"sensing times must be finite and > 0, got {arr.tolist()}")
    in_time_range(float(arr.min()), float(arr.max()), "sensing times")
    return arr


def time_grid(values: Any, name: str = "grid") -> np.ndarray:
    """A time grid: >= 2 finite, positive, strictly increasing times."""
    try:
        grid = np.asarray(values, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise VqsError(f"{name} must be a sequence of numbers") from None
    if grid.size < 2 or not np.all(np.isfinite(grid)) or np.any(grid <= 0) or np.any(np.diff(grid) <= 0):
        raise VqsError(f"{name} must hold >= 2 finite, positive, strictly increasing times")
    in_time_range(float(grid[0]), float(grid[-1]), name)
    return grid


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-+")


def safe_name(value: Any, what: str = "name") -> str:
    """A name that is one plain path component: letters, digits, ``.``, ``_``, ``-``, ``+`` (a table
    cell of gamma = 1e+20 is named ``..._g1e+20_...``); not empty,
    not ``.`` or ``..`` (the default output folder is built from it, e.g. ``runs/<name>``)."""
    if not isinstance(value, str) or not value or value in (".", "..") or not set(value) <= _NAME_CHARS:
        raise VqsError(f"{what} must be a non-empty name of letters, digits, '.', '_', '-' and '+' (not '.' or '..'), "
                       f"got {value!r}")
    return value
