"""Refinement on the Holevo bound (the ``hcrb_*`` figures of merit, multi task).

The search screens with the QCRB figure of the same time convention and :func:`vqs.search.refine.refine_circuit`
refines on it; :func:`refine_hcrb` then refines the angles and log t of that circuit on the HCRB
itself: L-BFGS-B on log C_H (per shot) or log(t C_H) (per time), t within the grid's span, with
the envelope gradient of :func:`vqs.physics.kernel.hcrb_grad.log_hcrb_and_grad`. The result is scored by
:func:`vqs.physics.hcrb_time.best_hcrb_time` (grid, then timeopt) and never worse than the start.
:func:`refine_hcrb_two_starts` (what runs use) also starts from the structure's zero angles.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from ansatz import Circuit
from vqs import _checks
from vqs.errors import VqsError
from vqs.physics.hcrb_time import BestHCRB, best_hcrb_time
from vqs.physics.kernel.hcrb_grad import log_hcrb_and_grad
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.qfi import qfi_of_circuits
from vqs.search.refine import RefineOptions, _wrap_if_equal
from vqs.search.rundir import ProbeScore


@dataclass(frozen=True)
class HCRBRefineResult:
    circuit: Circuit
    best: BestHCRB
    initial: BestHCRB
    iterations: int


def refine_hcrb(circuit: Circuit, model, grid, figure: str, options: RefineOptions = RefineOptions(),
                max_genes: int | None = None) -> HCRBRefineResult:
    """Refine ``circuit``'s angles (and t, unless ``options.refine_time`` is off) on the HCRB figure.

    Example:
        >>> refine_hcrb(circuit, model, grid, "hcrb_per_time").best.point.hcrb  # doctest: +SKIP
    """
    figure = _checks.figure(figure, holevo=True)
    if not figure.holevo:
        raise VqsError(f"refine_hcrb refines on an HCRB figure of merit, got {figure}")
    grid = np.asarray(grid, dtype=float)
    initial = best_hcrb_time(circuit, model, grid, figure)
    n = len(circuit.genes)
    if options.method == "none" or n == 0:
        return HCRBRefineResult(circuit, initial, initial, 0)
    packed = PackedCircuits.pack([circuit], max(1, n if max_genes is None else max_genes)).row(0)
    km, weights = KernelModel.of(model), model.weight_matrix()
    angles0 = np.asarray(packed.angle)
    log_lo, log_hi = float(np.log(grid[0])), float(np.log(grid[-1]))
    log_t0 = float(np.log(initial.t_star))

    def fun(x):
        angles = angles0.copy()
        angles[:n] = x[:n]
        log_t = x[n] if options.refine_time else log_t0
        value, (g_angles, g_log_t) = log_hcrb_and_grad(angles, log_t, packed, km, weights, figure.per_time)
        if not np.isfinite(value):
            return 1e300, np.zeros_like(x)
        return value, np.concatenate([g_angles[:n], [g_log_t if options.refine_time else 0.0]])

    x0 = np.concatenate([angles0[:n], [log_t0]])
    res = minimize(fun, x0, jac=True, method="L-BFGS-B", bounds=[(None, None)] * n + [(log_lo, log_hi)],
                   options={"maxiter": min(options.steps, 500), "ftol": 1e-12, "gtol": 1e-9})
    angles = res.x[:n]
    wrapped = (angles + np.pi) % (2 * np.pi) - np.pi
    candidate = circuit.with_angles(_wrap_if_equal(circuit, angles, wrapped, model))
    best = best_hcrb_time(candidate, model, grid, figure)
    if not best.value > initial.value:
        candidate, best = circuit, initial
    return HCRBRefineResult(candidate, best, initial, int(res.nit))


def refine_hcrb_two_starts(circuit: Circuit, model, grid, figure: str, options: RefineOptions = RefineOptions(),
                           max_genes: int | None = None) -> HCRBRefineResult:
    """The better of :func:`refine_hcrb` from ``circuit``'s angles (the QCRB-refined ones) and from the
    structure's zero angles (every gene the identity: the initial state, GHZ for ``init: ghz``).

    The QCRB refinement can leave a structure in a basin whose SLDs do not commute, and the HCRB
    refinement from there stays in it (measured, multi dephasing gamma = 0.1, N = 2: t* HCRB 0.9124
    from the QCRB-refined angles, 0.8568 = the estimate from zero angles). ``initial`` is the QCRB-refined
    circuit's.
    """
    first = refine_hcrb(circuit, model, grid, figure, options, max_genes)
    second = refine_hcrb(circuit.with_angles(np.zeros(len(circuit.genes))), model, grid, figure, options, max_genes)
    if second.best.value > first.best.value:
        return HCRBRefineResult(second.circuit, second.best, first.initial, first.iterations + second.iterations)
    return first


def hcrb_probe_score(circuit: Circuit, best: BestHCRB, model, n_genes: int | None = None):
    """result.json's entry of a probe scored on an HCRB figure: ``best`` = the figure (1/HCRB or
    1/(t* HCRB)) at its t*, the QFI matrix and QCRB of the kernel there, the HCRB entries."""
    quantum = qfi_of_circuits([circuit], model, [best.t_star], max_genes=max(1, len(circuit.genes)))
    score = ProbeScore(best.value, best.t_star, float(quantum.qcrb[0, 0]), best.at_edge,
                       qfim=quantum.qfim[0, 0].tolist(), n_genes=n_genes)
    return score.with_holevo(best.point)
