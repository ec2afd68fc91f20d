r"""Words of the figures: the figure of merit, the task, the noise, the scenario, the time axis.

Times are shown in units of 1/gamma (the model's one rate): a time axis is :math:`\gamma t`, and
an optimal time is quoted both as t (the unit of gamma, as in result.json and the table) and as
:math:`\gamma t^*`. Values of the figure of merit are shown as the table reports them.
"""

from __future__ import annotations

from vqs.names import Figure, Task
from vqs.search.rundir import HCRB_GAP_TOL

TIME_AXIS = r"sensing time $\gamma t$  (t in units of $1/\gamma$)"
T_STAR_AXIS = r"optimal sensing time $\gamma t^*$  (dimensionless)"
NOISE_SHORT = {"amplitude_damping": "AD", "bit_flip": "BF", "dephasing": "DP", "depolarizing": "DEP", "none": "none"}


def cell_label(r: dict) -> str:
    """A table cell named in the notes: task, noise, gamma and N (``multi AD g=0.1 N=2``)."""
    return f"{r['task']} {NOISE_SHORT.get(r['noise'], r['noise'])} g={r['gamma']:g} N={r['nodes']}"


def figure_name(figure: str) -> str:
    """``per unit time`` or ``per shot`` (the figure's time convention, any figure of merit)."""
    return "per unit time" if Figure(figure).per_time else "per shot"


def bound_name(task: str, figure: str) -> str:
    """The precision the figure inverts: ``QFI`` (single task), ``HCRB`` (Holevo figures), ``QCRB``."""
    if task == Task.SINGLE:
        return "QFI"
    return "HCRB" if Figure(figure).holevo else "QCRB"


def fom_symbol(task: str, figure: str) -> str:
    """The figure of merit as a formula: F(t), F(t)/t, 1/QCRB(t), 1/(t QCRB(t)), 1/HCRB(t) or 1/(t HCRB(t))."""
    per_time = Figure(figure).per_time
    if task == Task.SINGLE:
        return "$F(t)/t$" if per_time else "$F(t)$"
    name = bound_name(task, figure)
    return rf"$1/(t\,\mathrm{{{name}}}(t))$" if per_time else rf"$1/\mathrm{{{name}}}(t)$"


def fom_label(task: str, figure: str) -> str:
    """An axis label naming the figure of merit, e.g. ``QFI per unit time, F(t)/t``."""
    what = "QFI" if task == Task.SINGLE else f"inverse {bound_name(task, figure)}"
    return f"{what} {figure_name(figure)}, {fom_symbol(task, figure)}"


def task_label(task: str) -> str:
    return "single-parameter task (field ω)" if task == Task.SINGLE else "multi-parameter task (field B)"


def noise_label(noise: str) -> str:
    return "no noise" if noise == "none" else str(noise).replace("_", " ")


def scenario(task: str, noise: str, gamma: float, n_qubits: int | None = None) -> str:
    """``single-parameter task (field ω), dephasing γ = 0.1, N = 5``."""
    out = f"{task_label(task)}, {noise_label(noise)} γ = {gamma:g}"
    return out if n_qubits is None else f"{out}, N = {n_qubits}"


def t_star_text(t_star: float, gamma: float) -> str:
    """``t* = 3.197 (γt* = 0.3197)`` (the γt* part only where gamma > 0)."""
    out = f"$t^*$ = {t_star:.4g}"
    return out + (rf" ($\gamma t^*$ = {gamma * t_star:.3g})" if gamma > 0 else "")


def time_panel(ax, task: str, figure: str, k: int, note: str, legend_title: str, fontsize: int, ncol: int) -> None:
    """Axes, title (``(a)``/``(b)`` for panel ``k``), grid and legend of one panel of a figure of
    merit against gamma t (the paper's two-panel figures: :mod:`vqs.report.plots`,
    :mod:`vqs.report.hcrb_plots`)."""
    ax.set_xscale("log")
    ax.set_xlabel(TIME_AXIS)
    ax.set_ylabel(fom_label(task, figure))
    ax.set_title(f"({'ab'[k]}) {figure_name(figure)}: {note}", fontsize=11)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=fontsize, title=legend_title, title_fontsize=fontsize, loc="upper center",
              bbox_to_anchor=(0.5, -0.16), ncol=ncol)


def open_bracket_note(rows: list[dict], gap_key: str, what: str, label) -> list[str]:
    """A warning naming the rows whose HCRB duality bracket is open (``row[gap_key]`` > HCRB_GAP_TOL), where the
    table prints the bracket's upper end (attainable, not certified optimal); empty when every bracket is closed."""
    open_ = [r for r in rows if (r.get(gap_key) or 0.0) > HCRB_GAP_TOL]
    if not open_:
        return []
    return [f"WARNING: {what} duality bracket is open (relative gap > {HCRB_GAP_TOL:g}) in {len(open_)} cell(s): "
            + ", ".join(f"{label(r)} (gap {r[gap_key]:.2g})" for r in open_)
            + "; the upper end of the bracket, an attainable precision, is printed, not certified optimal"]
