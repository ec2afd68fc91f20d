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


class FieldKind(StrEnum):
    """The single task's field: one common field on every sensor (``omega``), or a local field per
    sensor (``theta_i`` on node i; the base station estimates q = w.theta, docs/model.md)."""

    COMMON = "common"
    LOCAL = "local"


class Figure(StrEnum):
    """Figure of merit over sensing time: max_t F(t) per shot, or max_t F(t)/t per unit time, with F
    the QFI (the best joint measurement) or, for the ``local_cfi_*`` figures, the classical Fisher
    information of a local projective readout designed with the probe (docs/measurement.md); the
    ``hcrb_*`` figures (multi task only): max_t 1/C_H(t) and max_t 1/(t C_H(t)) with C_H the Holevo
    bound, the attainable figure (docs/model.md, "HCRB vs QCRB")."""

    PER_SHOT = "per_shot"
    PER_TIME = "per_time"
    LOCAL_CFI_PER_SHOT = "local_cfi_per_shot"
    LOCAL_CFI_PER_TIME = "local_cfi_per_time"
    HCRB_PER_SHOT = "hcrb_per_shot"
    HCRB_PER_TIME = "hcrb_per_time"

    @property
    def local(self) -> bool:
        """True for the local-readout CFI figures."""
        return self in (Figure.LOCAL_CFI_PER_SHOT, Figure.LOCAL_CFI_PER_TIME)

    @property
    def holevo(self) -> bool:
        """True for the Holevo-bound figures (multi task)."""
        return self in (Figure.HCRB_PER_SHOT, Figure.HCRB_PER_TIME)

    @property
    def per_time(self) -> bool:
        """True for the per-unit-time convention (F(t)/t)."""
        return self in (Figure.PER_TIME, Figure.LOCAL_CFI_PER_TIME, Figure.HCRB_PER_TIME)

    @property
    def time_convention(self) -> Figure:
        """The QFI figure of the same time convention: PER_SHOT or PER_TIME."""
        return Figure.PER_TIME if self.per_time else Figure.PER_SHOT

    @property
    def screening(self) -> Figure:
        """The figure the search scores and first refines with: the QCRB figure of the same time
        convention for the Holevo figures (refined on the HCRB afterwards), the figure itself otherwise."""
        return self.time_convention if self.holevo else self

    @property
    def local_version(self) -> Figure:
        """The local-CFI figure of the same time convention."""
        return Figure.LOCAL_CFI_PER_TIME if self.per_time else Figure.LOCAL_CFI_PER_SHOT


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
FIGURES = tuple(f for f in Figure if not f.local and not f.holevo)
"""The QFI figures of merit (per_shot, per_time)."""
LOCAL_FIGURES = tuple(f for f in Figure if f.local)
HOLEVO_FIGURES = tuple(f for f in Figure if f.holevo)
NOISES = tuple(Noise)
ENGINES = tuple(Engine)
