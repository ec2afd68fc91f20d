"""Argument checks shared by every entry point: each raises one :class:`~vqs.errors.VqsError` line.

Checked once at the boundary (public functions, configs), before any array reaches JAX.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from vqs.errors import VqsError
from vqs.names import Figure, Noise, Task


def _choice(enum, value, what: str, choices: str | None = None):
    try:
        return enum(value)
    except ValueError:
        raise VqsError(f"unknown {what} {value!r}; choose {choices or 'one of ' + ', '.join(enum)}") from None


def task(value: Any) -> Task:
    return _choice(Task, value, "task", "single or multi")


def figure(value: Any) -> Figure:
    return _choice(Figure, value, "figure of merit", "per_shot or per_time")


def noise(value: Any) -> Noise:
    return _choice(Noise, value, "noise")


def integer(name: str, value: Any, lo: int) -> int:
    """An integer (not a bool) >= ``lo``."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < lo:
        raise VqsError(f"{name} must be an integer >= {lo}, got {value!r}")
    return int(value)


def gamma(value: Any) -> float:
    """A decay rate: a finite number >= 0."""
    ok = not isinstance(value, bool) and isinstance(value, (int, float, np.integer, np.floating))
    if not ok or not math.isfinite(value) or value < 0:
        raise VqsError(f"gamma must be a finite number >= 0, got {value!r}")
    return float(value)


def time(value: Any, name: str = "sensing time t") -> float:
    """One sensing time: a finite number > 0."""
    ok = not isinstance(value, bool) and isinstance(value, (int, float, np.integer, np.floating))
    if not ok or not math.isfinite(value) or value <= 0:
        raise VqsError(f"{name} must be a finite number > 0, got {value!r}")
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
    return arr


def time_grid(values: Any, name: str = "times_grid") -> np.ndarray:
    """A time grid: >= 2 finite, positive, strictly increasing times."""
    try:
        grid = np.asarray(values, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise VqsError(f"{name} must be a sequence of numbers") from None
    if grid.size < 2 or not np.all(np.isfinite(grid)) or np.any(grid <= 0) or np.any(np.diff(grid) <= 0):
        raise VqsError(f"{name} must hold >= 2 finite, positive, strictly increasing times")
    return grid


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


def safe_name(value: Any, what: str = "name") -> str:
    """A name that is one plain path component: letters, digits, ``.``, ``_``, ``-``; not empty,
    not ``.`` or ``..`` (the default output folder is built from it, e.g. ``runs/<name>``)."""
    if not isinstance(value, str) or not value or value in (".", "..") or not set(value) <= _NAME_CHARS:
        raise VqsError(f"{what} must be a non-empty name of letters, digits, '.', '_' and '-' (not '.' or '..'), "
                       f"got {value!r}")
    return value
