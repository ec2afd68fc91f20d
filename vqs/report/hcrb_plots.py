"""Figures of the multi task's HCRB cells (figure of merit ``hcrb_per_time`` / ``hcrb_per_shot``).

:func:`hcrb_vs_time_figure` is ``vqs plot TABLE --kind qfi-vs-time`` for such a cell: the HCRB
and the QCRB curves of VQS and GHZ against gamma t, (a) in the table's time convention with
result.json's t* marked on the HCRB curves, (b) in the other convention with its own HCRB t*.
:func:`qcrb_beside` gives ``best-vs-n`` the QCRB of each probe at its HCRB t*, drawn beside the
HCRB. Values are the table's (1/HCRB or 1/(t HCRB), in the unit of gamma).
"""

from __future__ import annotations

import numpy as np

from vqs.names import Figure
from vqs.physics.hcrb_time import best_hcrb_time, figure_value, hcrb_curve
from vqs.physics.qfi import ghz_circuit
from vqs.report import labels


def _qcrb_value(points, figure: Figure) -> np.ndarray:
    """1/QCRB (per shot) or 1/(t QCRB) (per time) of each :class:`~vqs.physics.hcrb_time.HCRBPoint`."""
    out = []
    for p in points:
        base = 1.0 / p.qcrb if np.isfinite(p.qcrb) and p.qcrb > 0 else 0.0
        out.append(base / p.t if figure.per_time else base)
    return np.asarray(out)


def hcrb_vs_time_figure(rundir, new_figure, task, noise, gamma, nodes, points: int = 48):
    """Two panels (table convention, other convention) of the HCRB (thick) and the QCRB (thin) of the
    VQS and GHZ probes of one cell against gamma t; dots on the HCRB curves' maxima."""
    config, result = rundir.read_config(), rundir.read_result()
    model = config.model.build()
    grid = config.time_grid.times(model)
    circuits = (rundir.read_circuit(), ghz_circuit(model.n_qubits))
    times = np.geomspace(grid[0], grid[-1], points)
    curves = [hcrb_curve(c, model, times) for c in circuits]
    table_figure = Figure(result.figure_of_merit)
    other = Figure.HCRB_PER_SHOT if table_figure.per_time else Figure.HCRB_PER_TIME
    fig = new_figure()
    fig.set_size_inches(11.5, 5.6)
    stars = [((result.vqs.t_star, result.vqs.best), (result.ghz.t_star, result.ghz.best))]
    stars.append(tuple((b.t_star, b.value) for b in (best_hcrb_time(c, model, grid, other) for c in circuits)))
    for k, figure in enumerate((table_figure, other)):
        ax = fig.add_subplot(1, 2, k + 1)
        for i, (name, style) in enumerate((("VQS", "-"), ("GHZ", "--"))):
            t_star, y_star = stars[k][i]
            hv = [figure_value(p, figure) for p in curves[i]]
            line, = ax.plot(gamma * times, hv, style, lw=2,
                            label=f"{name} HCRB, {labels.t_star_text(t_star, gamma)}")
            ax.plot(gamma * times, _qcrb_value(curves[i], figure), style, lw=0.9, color=line.get_color(),
                    alpha=0.7, label=f"{name} QCRB (thin; not attainable in general)")
            ax.plot([gamma * t_star], [y_star], "o", color=line.get_color(), ms=7, zorder=3)
        note = "the table's figure of merit" if k == 0 else "the same circuits"
        labels.time_panel(ax, task, figure, k, note, "dots: HCRB maxima over t", fontsize=8, ncol=1)
    fig.suptitle(f"{labels.scenario(task, noise, gamma, nodes)}; HCRB (attainable) and QCRB of the same probes "
                 f"(t in the time unit where γ = {gamma:g})")
    fig.tight_layout()
    return fig


def qcrb_beside(series) -> dict[str, np.ndarray]:
    """For ``best-vs-n`` of HCRB cells: the QCRB figure (1/QCRB or 1/(t* QCRB)) of VQS and GHZ at their
    HCRB t*, from result.json; ``series`` is [(N, RunDir)]."""
    out = {"VQS": [], "GHZ": []}
    for _, rundir in series:
        r = rundir.read_result()
        per_time = Figure(r.figure_of_merit).per_time
        for name, score in (("VQS", r.vqs), ("GHZ", r.ghz)):
            q = score.qcrb * (score.t_star if per_time else 1.0)
            out[name].append(1.0 / q if q > 0 else np.nan)
    return {k: np.asarray(v, float) for k, v in out.items()}
