"""Figures of a ``vqs table`` output (the seed paper's Fig. 2/3), PNG + PDF, matplotlib Agg.

Kinds (all read the per-cell run directories ``<table>/cells/*``, :class:`vqs.search.rundir.RunDir`:
config.resolved.yaml, result.json, circuit.json, optimum.json). Time axes are gamma t (t in units
of 1/gamma, :mod:`vqs.report.labels`); values of the figure of merit are the table's.

* ``qfi-vs-time``: VQS and GHZ of one cell against gamma t, two panels: (a) the figure of merit the
  table reports (the run's ``figure_of_merit``: F(t)/t per unit time or F(t) per shot; 1/QCRB for
  the multi task) with result.json's t* marked on each curve, (b) the other one with its own t*
  (Fig. 2b/3b centre); every dot lies on its curve's maximum;
* ``best-vs-n``: the best figure of merit and gamma t* against N for VQS, GHZ and the optimum
  (Fig. 2b/3b left/right), for one task, noise and gamma;
* ``qcrb-vs-n``: the best QCRB against N (log-log) for VQS, GHZ and the optimum, with the 1/N
  (standard quantum limit) and 1/N^2 (Heisenberg) scalings as guides;
* ``circuit``: the optimal circuit (Fig. 2a), :func:`vqs.report.circuit_png.circuit_figure`: the
  gates, the sensing block with t*, no measurement (the QFI assumes the optimal one);
* ``wigner``: the spin Wigner function of the optimal probe state's projection onto the symmetric
  (Dicke) subspace (:func:`vqs.physics.readout.wigner.spin_wigner`), with a caption: the weight outside the
  symmetric subspace is the part of the state the picture cannot show (0 for GHZ).
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import numpy as np

from vqs.errors import VqsError
from vqs.io import atomic_write_bytes
from vqs.names import Figure, Task
from vqs.physics.fom import best_times_of_circuits, figure_values
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits
from vqs.physics.readout.wigner import spin_wigner
from vqs.report import labels
from vqs.report.circuit_png import circuit_figure
from vqs.report.hcrb_plots import hcrb_vs_time_figure, qcrb_beside
from vqs.search.rundir import RunDir

KINDS = ("qfi-vs-time", "best-vs-n", "circuit", "wigner")


def _figure():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 4.4))
    FigureCanvasAgg(fig)
    return fig


def _save(fig, out_dir: Path, stem: str) -> list[Path]:
    paths = []
    for fmt in ("png", "pdf"):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=150, bbox_inches="tight")
        paths.append(atomic_write_bytes(Path(out_dir) / f"{stem}.{fmt}", buf.getvalue()))
    return paths


class TableCells:
    """The finished cells of a table directory, by (task, noise, gamma, N)."""

    def __init__(self, table_dir: str | Path):
        self.root = Path(table_dir)
        cells = self.root / "cells"
        if not cells.is_dir():
            raise VqsError(f"{self.root} is not a vqs table directory (no cells/)")
        self.cells: dict[tuple, RunDir] = {}
        for d in sorted(cells.iterdir()):
            rundir = RunDir(d)
            if rundir.has_result():
                self.cells[rundir.read_result().key] = rundir
        if not self.cells:
            raise VqsError(f"{self.root} holds no finished cell")

    def find(self, task, noise, gamma, nodes) -> RunDir:
        key = (task, noise, float(gamma), int(nodes))
        if key not in self.cells:
            have = ", ".join(f"{t} {z} g={g:g} N={n}" for t, z, g, n in sorted(self.cells))
            raise VqsError(f"no finished cell {task} {noise} gamma={gamma:g} N={nodes} in {self.root} (have: {have})")
        return self.cells[key]

    def series(self, task, noise, gamma) -> list[tuple[int, RunDir]]:
        out = sorted(((n, d) for (t, z, g, n), d in self.cells.items()
                      if t == task and z == noise and g == float(gamma)), key=lambda item: item[0])
        if not out:
            raise VqsError(f"no finished cells for {task} {noise} gamma={gamma:g} in {self.root}")
        return out


def _curves(rundir: RunDir, points: int = 200):
    """(model, grid, result, circuits [VQS, GHZ], times, curve) of one cell, on ``points`` times."""

    config, result, circuit = rundir.read_config(), rundir.read_result(), rundir.read_circuit()
    model = config.model.build()
    grid = config.time_grid.times(model)
    circuits = [circuit, ghz_circuit(model.n_wires)]
    times = np.geomspace(grid[0], grid[-1], points)
    return model, grid, result, circuits, times, qfi_of_circuits(circuits, model, times)


def qfi_vs_time_figure(cells: TableCells, task, noise, gamma, nodes):
    """Two panels against gamma t, VQS and GHZ of one cell: (a) the run's figure of merit (the one
    the table reports) with result.json's t* marked on the curves, (b) the other figure of merit
    with its own t* (same circuits). A dot sits on its curve's maximum."""

    rundir = cells.find(task, noise, gamma, nodes)
    if Figure(rundir.read_result().figure_of_merit).holevo:  # HCRB cell: HCRB and QCRB curves both
        return hcrb_vs_time_figure(rundir, _figure, task, noise, gamma, nodes)
    model, grid, result, circuits, times, curve = _curves(rundir)
    table_figure = Figure(result.figure_of_merit)
    other = Figure.PER_SHOT if table_figure == Figure.PER_TIME else Figure.PER_TIME
    fig = _figure()
    fig.set_size_inches(11.5, 4.6)
    panels = ((table_figure, [result.vqs.t_star, result.ghz.t_star], "the table's figure of merit"),
              (other, [b.t_star for b in best_times_of_circuits(circuits, model, grid, other)],
               "the same circuits"))
    for k, (figure, t_stars, note) in enumerate(panels):
        ax = fig.add_subplot(1, 2, k + 1)
        values = figure_values(curve, figure)
        for i, (name, style) in enumerate((("VQS", "-"), ("GHZ", "--"))):
            y_star = figure_values(qfi_of_circuits(circuits[i], model, [t_stars[i]]), figure)[0, 0]
            line, = ax.plot(gamma * times, values[i], style, label=f"{name}, {labels.t_star_text(t_stars[i], gamma)}")
            ax.plot([gamma * t_stars[i]], [y_star], "o", color=line.get_color(), ms=7, zorder=3)
        labels.time_panel(ax, task, figure, k, note, "dots: maxima over t", fontsize=9, ncol=2)
    fig.suptitle(f"{labels.scenario(task, noise, gamma, nodes)}; values as in the table "
                 f"(t* and F/t in the time unit where γ = {gamma:g})")
    fig.tight_layout()
    return fig


def plot_qfi_vs_time(cells: TableCells, task, noise, gamma, nodes, out_dir) -> list[Path]:
    return _save(qfi_vs_time_figure(cells, task, noise, gamma, nodes), out_dir,
                 f"qfi_vs_time_{task}_{noise}_g{gamma:g}_n{nodes}")


def _best_series(cells: TableCells, task, noise, gamma):
    """N, best figure of merit and gamma t* of VQS, GHZ and the optimum (NaN where missing), figure."""
    ns, vals, tstars = [], {"VQS": [], "GHZ": [], "optimum": []}, {"VQS": [], "GHZ": [], "optimum": []}
    figure = None
    for n, rundir in cells.series(task, noise, gamma):
        r = rundir.read_result()
        opt = rundir.read_optimum() or {}
        figure = r.figure_of_merit
        ns.append(n)
        vals["VQS"].append(r.vqs.best)
        vals["GHZ"].append(r.ghz.best)
        tstars["VQS"].append(gamma * r.vqs.t_star)
        tstars["GHZ"].append(gamma * r.ghz.t_star)
        q = opt.get("hcrb") or opt.get("qcrb")  # the estimate of the figure the cell optimised
        vals["optimum"].append(1.0 / q if q else np.nan)
        tstars["optimum"].append(gamma * opt["t_star"] if opt.get("t_star") else np.nan)
    return ns, {k: np.asarray(v, float) for k, v in vals.items()}, tstars, figure


_STYLES = (("optimum", "k:s"), ("VQS", "-o"), ("GHZ", "--^"))


def _opt_kind(task) -> str:
    return "see-saw certificate" if task == Task.SINGLE else "best of several optimisations"


def best_vs_n_figure(cells: TableCells, task, noise, gamma):
    """The best figure of merit (left) and gamma t* (right) against N: VQS, GHZ, the optimum."""
    ns, vals, tstars, figure = _best_series(cells, task, noise, gamma)
    fig = _figure()
    fig.set_size_inches(10, 4.2)
    a1, a2 = fig.add_subplot(1, 2, 1), fig.add_subplot(1, 2, 2)
    for (name, style) in _STYLES:
        a1.plot(ns, vals[name], style, label=name, mfc="none" if name == "optimum" else None)
        a2.plot(ns, tstars[name], style, label=name, mfc="none" if name == "optimum" else None)
    if Figure(figure).holevo:  # the QCRB of the same probes at their HCRB t*, thin
        beside = qcrb_beside(cells.series(task, noise, gamma)).values()
        for i, ((name, style), q) in enumerate(zip(_STYLES[1:], beside)):
            a1.plot(ns, q, style, lw=0.8, alpha=0.7, mfc="none", color=f"C{i}", label=f"{name}: QCRB at its HCRB t*")
    a1.set_ylabel(f"best {labels.fom_label(task, figure)}")
    a2.set_ylabel(labels.T_STAR_AXIS)
    for a in (a1, a2):
        a.set_xlabel("number of qubits N")
        a.set_xticks(ns)
        a.grid(alpha=0.3)
        a.legend()
    fig.suptitle(f"{labels.scenario(task, noise, gamma)}; figure of merit {labels.figure_name(figure)} "
                 f"(optimum: {_opt_kind(task)})")
    fig.tight_layout()
    return fig


def plot_best_vs_n(cells: TableCells, task, noise, gamma, out_dir) -> list[Path]:
    return _save(best_vs_n_figure(cells, task, noise, gamma), out_dir, f"best_vs_n_{task}_{noise}_g{gamma:g}")


def plot_qcrb_vs_n(cells: TableCells, task, noise, gamma, out_dir) -> list[Path]:
    """:func:`qcrb_vs_n_figure`, saved as PNG + PDF."""
    return _save(qcrb_vs_n_figure(cells, task, noise, gamma), out_dir, f"qcrb_vs_n_{task}_{noise}_g{gamma:g}")


def qcrb_vs_n_figure(cells: TableCells, task, noise, gamma):
    """Best QCRB (1 / figure of merit) against N on log-log axes, with the standard-quantum-limit
    (QCRB ~ 1/N) and Heisenberg (~ 1/N^2) scalings drawn through the smallest N's optimum (GHZ
    where there is no optimum) as guides: how the advantage over GHZ grows with the network."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, NullLocator

    ns, vals, _, figure = _best_series(cells, task, noise, gamma)
    qcrb = {name: 1.0 / v for name, v in vals.items()}
    fig = _figure()
    ax = fig.add_subplot()
    n = np.asarray(ns, float)
    anchor = qcrb["optimum"][0] if np.isfinite(qcrb["optimum"][0]) else qcrb["GHZ"][0]
    ax.plot(n, anchor * n[0] / n, color="0.6", lw=1, label="∝ 1/N (standard quantum limit)")
    ax.plot(n, anchor * (n[0] / n) ** 2, color="0.6", lw=1, ls="-.", label="∝ 1/N² (Heisenberg)")
    for (name, style) in _STYLES:
        ax.plot(n, qcrb[name], style, label=name, mfc="none" if name == "optimum" else None)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(ns)
    ax.set_xticklabels([str(k) for k in ns])
    ax.xaxis.set_minor_locator(NullLocator())
    # labelled ticks at 1, 2 and 5 times each power of ten (often less than a decade is shown)
    ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.yaxis.set_minor_locator(LogLocator(base=10, subs=tuple(range(1, 10))))
    ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("number of qubits N")
    ax.set_ylabel(f"best {'HCRB' if Figure(figure).holevo else 'QCRB'}, {labels.figure_name(figure)} "
                  "(lower is better)")
    ax.set_title(f"{labels.scenario(task, noise, gamma)}\n(optimum: {_opt_kind(task)}; guides through N={ns[0]})",
                 fontsize=10)
    ax.grid(alpha=0.3)
    ax.legend(fontsize="small")
    fig.tight_layout()
    return fig


def plot_circuit(cells: TableCells, task, noise, gamma, nodes, out_dir) -> list[Path]:
    rundir = cells.find(task, noise, gamma, nodes)
    fig = circuit_figure(rundir.read_circuit(), rundir.read_result().to_dict())
    stem = f"circuit_{task}_{noise}_g{gamma:g}_n{nodes}"
    out = []
    for fmt in ("png", "pdf"):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=100)
        out.append(atomic_write_bytes(Path(out_dir) / f"{stem}.{fmt}", buf.getvalue()))
    return out


WIGNER_CAPTION = (
    "The Wigner function shows the probe's projection onto the symmetric (Dicke) subspace, the states "
    "of one spin N/2, renormalised. The weight outside that subspace, 1 - Tr(P_sym ρ), is the part of the "
    "state this picture leaves out: 0 for GHZ or any permutation-symmetric probe; here {outside:.3g}, "
    "so {share:.0%} of the state is shown."
)


def wigner_figure(cells: TableCells, task, noise, gamma, nodes):
    """The spin Wigner function of the VQS probe's symmetric part; returns (figure, outside weight)."""

    rundir = cells.find(task, noise, gamma, nodes)
    circuit = rundir.read_circuit()
    psi = circuit_statevectors(circuit)[0]
    theta, phi, w, outside = spin_wigner(psi, circuit.n_qubits)
    fig = _figure()
    fig.set_size_inches(6.4, 5.2)
    ax = fig.add_subplot()
    lim = float(np.abs(w).max()) or 1.0
    mesh = ax.pcolormesh(phi, theta, w, cmap="RdBu_r", vmin=-lim, vmax=lim, shading="auto")
    fig.colorbar(mesh, ax=ax, label="W(θ, φ)")
    ax.set_xlabel("azimuth φ (rad)")
    ax.set_ylabel("polar angle θ (rad; θ = 0: all qubits |0⟩)")
    ax.set_title("spin Wigner function of the VQS probe (before sensing)\n"
                 f"{labels.scenario(task, noise, gamma, nodes)}\n"
                 f"weight outside the symmetric subspace: {outside:.4g}", fontsize=10)
    caption = textwrap.fill(WIGNER_CAPTION.format(outside=outside, share=1 - outside), 95)
    fig.text(0.02, 0.01, caption, fontsize=8, va="bottom", ha="left")
    fig.subplots_adjust(bottom=0.27, top=0.84)
    return fig, outside


def plot_wigner(cells: TableCells, task, noise, gamma, nodes, out_dir) -> tuple[list[Path], float]:
    fig, outside = wigner_figure(cells, task, noise, gamma, nodes)
    return _save(fig, out_dir, f"wigner_{task}_{noise}_g{gamma:g}_n{nodes}"), outside
