"""The closed vocabularies of vqs as StrEnums: tasks, figures of merit, initial states, noises, engines.

Each member *is* its string (``Task.SINGLE == "single"``), so configs, result.json and the CLI
keep their plain-string formats; :mod:`vqs._checks` turns user input into members once, at the
boundary, with one clear error.
"""

from __future__ import annotations

from enum import StrEnum


class Task(StrEnum):
    """Scalar field (one parameter, omega) or vector field (three, Bx, By, Bz)."""

    SINGLE = "single"
    MULTI = "multi"


class Figure(StrEnum):
    """Figure of merit over sensing time: max_t F(t) per shot, or max_t F(t)/t per unit time."""

    PER_SHOT = "per_shot"
    PER_TIME = "per_time"


class Init(StrEnum):
    """Initial state of a probe circuit before its genes."""

    GHZ = "ghz"
    ZERO = "zero"


class Noise(StrEnum):
    """Single-qubit Markovian noise (docs/model.md)."""

    AMPLITUDE_DAMPING = "amplitude_damping"
    BIT_FLIP = "bit_flip"
    DEPHASING = "dephasing"
    DEPOLARIZING = "depolarizing"
    NONE = "none"


class Engine(StrEnum):
    """What computes the QFI: the batched JAX kernel (default) or PennyLane (the cross-check)."""

    JAX = "jax"
    PENNYLANE = "pennylane"


TASKS = tuple(Task)
FIGURES = tuple(Figure)
NOISES = tuple(Noise)
ENGINES = tuple(Engine)
