r"""The Holevo bound of a probe over sensing time, its best time, and the weak-commutativity diagnostic.

A probe's state at time t is the kernel's (:func:`vqs.physics.readout.measurement.output_state`); its HCRB
is :func:`vqs.physics.kernel.holevo.hcrb` with the model's weight matrix. The HCRB figures of merit
(``hcrb_per_shot``, ``hcrb_per_time``) are :math:`1/C_H(t)` and :math:`1/(t\,C_H(t))`, maximised
over t by :func:`vqs.physics.timeopt.maximise_over_time` (the one maximiser over time), as the QCRB
figures are.

Weak commutativity: the SLD bound is attainable (C_H = Tr(W F^-1)) iff
:math:`\mathrm{Tr}(\rho [L_i, L_j]) = 0` for all i, j; the diagnostic is
:math:`\max_{ij} |\mathrm{Tr}(\rho [L_i, L_j])| / \|F\|` (spectral norm), 0 for commuting SLDs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from ansatz import Circuit
from vqs.errors import VqsError
from vqs.names import Figure, Task
from vqs.physics.kernel.holevo import hcrb
from vqs.physics.kernel.sld import EIG_CUTOFF, eigen_parts
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.readout.measurement import output_state
from vqs.physics.timeopt import maximise_over_time


def weak_commutativity(rho: ArrayLike, drho: ArrayLike, cutoff: float = EIG_CUTOFF) -> float:
    """max_ij |Tr(rho [L_i, L_j])| / ||F|| of one state (0 where the SLDs commute on the state).

    Args:
        rho: the state, (d, d).
        drho: its derivatives, (P, d, d).
        cutoff: eigenvalues of rho at or below it count as zero (the SLDs' cut-off).

    Returns:
        The largest commutator expectation relative to the QFI matrix's norm (0: the QCRB is
        attainable, and the HCRB equals it).
    """
    lam, _, _, l_eig = eigen_parts(rho, drho, cutoff)
    prod = np.einsum("a,iab,jba->ij", lam, l_eig, l_eig)  # Tr(rho L_i L_j)
    f = prod.real
    norm = float(np.linalg.norm(f, 2))
    return float(np.max(np.abs(2.0 * prod.imag))) / norm if norm > 0 else 0.0


@dataclass(frozen=True)
class HCRBPoint:
    """The HCRB, the QCRB and the diagnostic of one probe at one time."""

    t: float
    hcrb: float
    qcrb: float
    commutativity: float
    gap: float  # the relative duality gap of the HCRB

    @property
    def ratio(self) -> float:
        """HCRB / QCRB (1 where the SLDs commute weakly, at most 2)."""
        return self.hcrb / self.qcrb if np.isfinite(self.qcrb) and self.qcrb > 0 else float("nan")

    def to_dict(self) -> dict:
        return {"t": self.t, "hcrb": self.hcrb, "qcrb": self.qcrb, "hcrb_over_qcrb": self.ratio,
                "commutativity": self.commutativity, "duality_gap": self.gap}


def _require_multi(model) -> None:
    if model.task != Task.MULTI:
        raise VqsError("the Holevo bound (hcrb figures of merit) is for the multi task (a vector field); "
                       "the single task's QCRB is attainable")


def hcrb_point(circuit, model, t: float) -> HCRBPoint:
    """The HCRB of ``circuit``'s probe state after sensing time ``t`` (model's operating point, weights)."""
    _require_multi(model)
    rho, drho = output_state(circuit, model, t)
    r = hcrb(rho, drho, model.weight_matrix())
    return HCRBPoint(float(t), r.value, r.qcrb, weak_commutativity(rho, drho), r.gap)


def hcrb_curve(circuit: Circuit, model: SensingModel, times: ArrayLike) -> list[HCRBPoint]:
    """:func:`hcrb_point` at every time.

    Args:
        circuit: the probe (multi task).
        model: the sensing model.
        times: the sensing times.

    Returns:
        One :class:`HCRBPoint` (t, HCRB, QCRB, the weak-commutativity diagnostic, the HCRB's
        duality gap) per time.
    """
    return [hcrb_point(circuit, model, float(t)) for t in np.asarray(times, dtype=float)]


def figure_value(point: HCRBPoint, figure) -> float:
    """1/HCRB (per shot) or 1/(t HCRB) (per time); 0 where the HCRB is infinite."""
    figure = Figure(figure)
    base = 1.0 / point.hcrb if np.isfinite(point.hcrb) and point.hcrb > 0 else 0.0
    return base / point.t if figure.per_time else base


@dataclass(frozen=True)
class BestHCRB:
    """The best time of one probe for an HCRB figure."""

    figure: str
    t_star: float
    value: float  # the figure of merit at t*
    point: HCRBPoint
    at_edge: bool


def best_hcrb_time(circuit: Circuit, model: SensingModel, grid: ArrayLike, figure: Figure | str,
                   curve: list[HCRBPoint] | None = None) -> BestHCRB:
    """Maximise the HCRB figure (1/HCRB or 1/(t HCRB)) of ``circuit`` over the time grid's span.

    Args:
        circuit: the probe (multi task).
        model: the sensing model.
        grid: the sensing times (positive, increasing); the maximum is refined between them.
        figure: ``"hcrb_per_shot"`` or ``"hcrb_per_time"``.
        curve: the HCRB on the grid, when the caller has it (saves the grid pass).

    Returns:
        A :class:`BestHCRB`: the figure at its best time t*, t*, the HCRB there, whether t* is at an
        end of the grid.
    """
    _require_multi(model)
    figure = Figure(figure)
    grid = np.asarray(grid, dtype=float)
    curve = hcrb_curve(circuit, model, grid) if curve is None else curve
    values = np.array([figure_value(p, figure) for p in curve])
    best = maximise_over_time(lambda t: figure_value(hcrb_point(circuit, model, t), figure), grid, values)
    point = hcrb_point(circuit, model, best.t_star)
    return BestHCRB(str(figure), best.t_star, figure_value(point, figure), point, best.at_edge)
