"""Figures of a ``vqs table`` output (the seed paper's Fig. 2/3), PNG + PDF, matplotlib Agg.

Kinds (all read the per-cell run directories ``<table>/cells/*``, :class:`vqs.search.rundir.RunDir`:
config.resolved.yaml, result.json, circuit.json, optimum.json):

* ``qfi-vs-time``: the figure of merit's base quantity (QFI, or 1/QCRB for the multi task) against
  the sensing time for the VQS probe and GHZ of one cell, with their t* marked (Fig. 2b/3b centre);
* ``best-vs-n``: the best figure of merit and t* against N for VQS, GHZ and the optimum (Fig. 2b/3b
  left/right), for one task, noise and gamma;
* ``qcrb-vs-n``: the best QCRB against N (log-log) for VQS, GHZ and the optimum, with the 1/N
  (standard quantum limit) and 1/N^2 (Heisenberg) scalings as guides;
* ``circuit``: the optimal circuit drawing (Fig. 2a), via :func:`vqs.report.export.to_png`;
* ``wigner``: the spin Wigner function of the optimal probe state's symmetric-subspace projection
  (:func:`vqs.physics.wigner.spin_wigner`), with the weight outside the symmetric subspace in the title.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from vqs.errors import VqsError
from vqs.io import atomic_write_bytes
from vqs.names import Figure, Task
from vqs.search.rundir import RunDir

KINDS = ("qfi-vs-time", "best-vs-n", "qcrb-vs-n", "circuit", "wigner")


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


def _base_name(task: str, figure: str) -> str:
    base = "QFI" if task == Task.SINGLE else "1/QCRB"
    return base + (" / t" if figure == Figure.PER_TIME else "")


def plot_qfi_vs_time(cells: TableCells, task, noise, gamma, nodes, out_dir) -> list[Path]:
    from vqs.physics.fom import figure_values
    from vqs.physics.qfi import ghz_circuit, qfi_of_circuits

    rundir = cells.find(task, noise, gamma, nodes)
    config, result, circuit = rundir.read_config(), rundir.read_result(), rundir.read_circuit()
    model = config.model.build()
    grid = config.time_grid.times(model)
    times = np.geomspace(grid[0], grid[-1], 200)
    curve = qfi_of_circuits([circuit, ghz_circuit(model.n_qubits)], model, times)
    base = figure_values(curve, "per_shot")  # QFI (single) or 1/QCRB (multi)
    fig = _figure()
    ax = fig.add_subplot()
    for i, (name, score, style) in enumerate((("VQS", result.vqs, "-"), ("GHZ", result.ghz, "--"))):
        ax.plot(times, base[i], style, label=name)
        t_star = score.t_star
        y = figure_values(qfi_of_circuits([circuit, ghz_circuit(model.n_qubits)][i], model, [t_star]), "per_shot")
        ax.plot([t_star], y[0], "o", color=ax.lines[-1].get_color())
    ax.set_xscale("log")
    ax.set_xlabel("sensing time t")
    ax.set_ylabel(_base_name(task, "per_shot"))
    ax.set_title(f"{result.label()} (dots: t*, figure {result.figure_of_merit})")
    ax.legend()
    stem = f"qfi_vs_time_{task}_{noise}_g{gamma:g}_n{nodes}"
    return _save(fig, out_dir, stem)


def _best_series(cells: TableCells, task, noise, gamma):
    """N, best figure of merit and t* of VQS, GHZ and the optimum (NaN where missing), figure."""
    ns, vals, tstars = [], {"VQS": [], "GHZ": [], "optimum": []}, {"VQS": [], "GHZ": [], "optimum": []}
    figure = None
    for n, rundir in cells.series(task, noise, gamma):
        r = rundir.read_result()
        opt = rundir.read_optimum() or {}
        figure = r.figure_of_merit
        ns.append(n)
        vals["VQS"].append(r.vqs.best)
        vals["GHZ"].append(r.ghz.best)
        tstars["VQS"].append(r.vqs.t_star)
        tstars["GHZ"].append(r.ghz.t_star)
        q = opt.get("qcrb")
        vals["optimum"].append(1.0 / q if q else np.nan)
        tstars["optimum"].append(opt.get("t_star") or np.nan)
    return ns, {k: np.asarray(v, float) for k, v in vals.items()}, tstars, figure


_STYLES = (("optimum", "k:s"), ("VQS", "-o"), ("GHZ", "--^"))


def _opt_kind(task) -> str:
    return "see-saw certificate" if task == Task.SINGLE else "best of several optimisations"


def plot_best_vs_n(cells: TableCells, task, noise, gamma, out_dir) -> list[Path]:
    ns, vals, tstars, figure = _best_series(cells, task, noise, gamma)
    fig = _figure()
    fig.set_size_inches(10, 4.2)
    a1, a2 = fig.add_subplot(1, 2, 1), fig.add_subplot(1, 2, 2)
    for (name, style) in _STYLES:
        a1.plot(ns, vals[name], style, label=name, mfc="none" if name == "optimum" else None)
        a2.plot(ns, tstars[name], style, label=name, mfc="none" if name == "optimum" else None)
    a1.set_xlabel("N")
    a1.set_ylabel(f"best {_base_name(task, figure)}")
    a2.set_xlabel("N")
    a2.set_ylabel("t*")
    for a in (a1, a2):
        a.set_xticks(ns)
        a.legend()
    fig.suptitle(f"{task} {noise} γ={gamma:g}, {figure} (optimum: {_opt_kind(task)})")
    return _save(fig, out_dir, f"best_vs_n_{task}_{noise}_g{gamma:g}")


def plot_qcrb_vs_n(cells: TableCells, task, noise, gamma, out_dir) -> list[Path]:
    """Best QCRB (1 / figure of merit) against N on log-log axes, with the standard-quantum-limit
    (QCRB ~ 1/N) and Heisenberg (~ 1/N^2) scalings drawn through the smallest N's optimum (GHZ
    where there is no optimum) as guides: how the advantage over GHZ grows with the network."""
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
    ax.minorticks_off()
    ax.set_xlabel("N")
    ax.set_ylabel(f"best QCRB ({figure}; lower is better)")
    ax.set_title(f"{task} {noise} γ={gamma:g} (optimum: {_opt_kind(task)}; guides through N={ns[0]})")
    ax.legend(fontsize="small")
    return _save(fig, out_dir, f"qcrb_vs_n_{task}_{noise}_g{gamma:g}")


def plot_circuit(cells: TableCells, task, noise, gamma, nodes, out_dir) -> list[Path]:
    from matplotlib.image import imread

    from vqs.report.export import to_png

    rundir = cells.find(task, noise, gamma, nodes)
    png = to_png(rundir.read_circuit(), rundir.read_result().to_dict())
    stem = f"circuit_{task}_{noise}_g{gamma:g}_n{nodes}"
    img = imread(io.BytesIO(png), format="png")
    fig = _figure()
    h, w = img.shape[:2]
    fig.set_size_inches(w / 100, h / 100)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.imshow(img)
    ax.axis("off")
    out = [atomic_write_bytes(Path(out_dir) / f"{stem}.png", png)]
    buf = io.BytesIO()
    fig.savefig(buf, format="pdf")
    out.append(atomic_write_bytes(Path(out_dir) / f"{stem}.pdf", buf.getvalue()))
    return out


def plot_wigner(cells: TableCells, task, noise, gamma, nodes, out_dir) -> tuple[list[Path], float]:
    from vqs.physics.states import circuit_statevectors
    from vqs.physics.wigner import spin_wigner

    rundir = cells.find(task, noise, gamma, nodes)
    result, circuit = rundir.read_result(), rundir.read_circuit()
    psi = circuit_statevectors(circuit)[0]
    theta, phi, w, outside = spin_wigner(psi, circuit.n_qubits)
    fig = _figure()
    ax = fig.add_subplot()
    lim = float(np.abs(w).max()) or 1.0
    mesh = ax.pcolormesh(phi, theta, w, cmap="RdBu_r", vmin=-lim, vmax=lim, shading="auto")
    fig.colorbar(mesh, ax=ax, label="W(θ, φ)")
    ax.set_xlabel("φ")
    ax.set_ylabel("θ")
    ax.set_title(f"spin Wigner of the VQS probe, {result.label()}\nweight outside the symmetric subspace: "
                 f"{outside:.4g}")
    return _save(fig, out_dir, f"wigner_{task}_{noise}_g{gamma:g}_n{nodes}"), outside
