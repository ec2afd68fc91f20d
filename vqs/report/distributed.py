r"""The distributed-sensing study (issue 24): local parameters, the base station estimates q = w.theta.

``python -m vqs.report.distributed configs/distributed/study.yaml [--out results/distributed]``
runs every cell (task x noise x N) not yet in ``OUT/cells/`` (resumable: a cell is one JSON file,
written atomically when it finishes; kill and rerun to go on; a folder holding cells of other settings is
refused, :func:`require_same_settings`) and then writes ``OUT/summary.md``,
``OUT/summary.csv`` and ``OUT/distributed.png``/``.pdf`` from the cells present.

With ``search: {seed_reference: true}`` generation 0 of every design holds the reference probe
(:mod:`vqs.search.reference`): GHZ, the empty genome from ``init: ghz`` (already there), or for the
gradient the matched GHZ below; each cell records the setting (``seed_reference``).

Each cell (field local, the per-shot figure, the QFI of q): **VQS** (the probe designed by
:func:`vqs.design` for q), **GHZ** (the plain GHZ probe) and **matched GHZ** (GHZ on the nodes
with w_i != 0, a bit flip on those with w_i < 0: it senses sum_i sign(w_i) theta_i; 0 when q is
not identifiable from it), the **estimate** of the best probe (L-BFGS over input states from many
starts, VQS and matched GHZ among them, at a few times; labelled an estimate), the **certificate**
(the channel-extension bound for q maximised over the grid, :mod:`vqs.physics.optimum.function_bound`)
and, beside them, the **common-field** figure of the VQS probe and of GHZ (the same nodes, one
field omega on all of them: prior knowledge that every theta_i is equal).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from pathlib import Path

import numpy as np
from pydantic import Field, model_validator

from vqs.compile_cache import enable_compile_cache
from vqs.config import Strict, load_yaml, parse
from vqs.errors import VqsError
from vqs.io import DirLock, atomic_write_json, atomic_write_text, read_json
from vqs.names import Noise
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.function_bound import function_bound_over_time, function_optimum
from vqs.physics.qfi import default_times, ghz_circuit, qfi_of_states
from vqs.physics.timeopt import maximise_over_time, sub_grid
from vqs.search.design import design

TASKS = ("average", "gradient", "weighted", "heterogeneous")
RELATIVE_ZERO = 1e-9
"""In the figure, a QFI below this fraction of its panel's largest is an exact 0 up to rounding (off the log axis)."""


class StudyConfig(Strict):
    """The distributed study: cells task x noise x N, the search budget of every VQS design."""

    ns: list[int] = Field(default=[2, 3, 4, 5], description="numbers of sensor nodes N, run smallest first")
    noises: list[Noise] = Field(default=[Noise.DEPHASING, Noise.AMPLITUDE_DAMPING], description="noises")
    tasks: list[str] = Field(default=list(TASKS), description="average, gradient, weighted, heterogeneous")
    gamma: float = Field(default=0.1, gt=0, description="the noise rate (heterogeneous: 0.05 to 0.2 along the chain)")
    operating_point: float = Field(default=0.01, description="theta0 of every node")
    points: int = Field(default=16, ge=4, description="time-grid points")
    search: dict = Field(default_factory=dict, description="the ga section of each design")
    refine: dict = Field(default_factory=dict, description="the refine section of each design")
    by_nodes: dict[int, dict] = Field(
        default_factory=dict,
        description="a documented rule by N: {N: {search: {...}, refine: {...}}}, merged over `search` and `refine` "
        "for the cells of that N (recorded in each cell's settings)")
    estimate_starts: int = Field(default=6, ge=1, description="random and fixed starts of the best-probe estimate")
    estimate_times: int = Field(default=4, ge=1, description="grid times the estimate runs at (around t*)")
    seed: int = Field(default=0, description="seed of the designs and the estimate")

    @model_validator(mode="after")
    def _rule_by_nodes(self):
        for n, rule in self.by_nodes.items():
            if n not in self.ns:
                raise ValueError(f"by_nodes names N = {n}, which is not in ns {self.ns}")
            extra = sorted(set(rule) - {"search", "refine"})
            if extra or not all(isinstance(v, dict) for v in rule.values()):
                raise ValueError(f"by_nodes.{n} may hold only search and refine sections (mappings): {sorted(rule)}")
        return self

    def for_nodes(self, n: int) -> StudyConfig:
        """The study's settings for the cells of N nodes: ``by_nodes[n]`` merged over ``search`` and ``refine``."""
        rule = self.by_nodes.get(n, {})
        return self.model_copy(update={"search": {**self.search, **rule.get("search", {})},
                                       "refine": {**self.refine, **rule.get("refine", {})}, "by_nodes": {}})


SETTINGS = ("gamma", "operating_point", "points", "search", "refine", "estimate_starts", "estimate_times", "seed")


def cell_settings(cfg: StudyConfig, n: int | None = None) -> dict:
    """What a cell's numbers depend on besides its task, noise and N (recorded in each cell file): the settings
    of the cells of ``n`` nodes (the rule by N applied), or the study's own without ``n``."""
    return (cfg if n is None else cfg.for_nodes(n)).model_dump(mode="json", include=set(SETTINGS))


def require_same_settings(cfg: StudyConfig, out: Path) -> None:
    """Refuse (VqsError, one line) a study folder holding cells run with other settings: a finished cell is
    reused as it is, so a changed budget must never meet cells of the old one (cells written before the
    settings were recorded count as other settings)."""
    stale = []
    for path in sorted((out / "cells").glob("*.json")):
        cell = read_json(path)
        got, wanted = cell.get("settings"), cell_settings(cfg, cell.get("n"))
        if got != wanted:
            keys = "no settings recorded" if got is None else ", ".join(
                k for k in SETTINGS if got.get(k) != wanted.get(k))
            stale.append(f"{path.name} ({keys})")
    if stale:
        raise VqsError(f"{out / 'cells'} holds {len(stale)} cell(s) run with other settings, e.g. {stale[0]}: "
                       "remove them or choose another --out")


def cell_model(task: str, noise: str, n: int, gamma: float, theta0: float) -> SensingModel:
    """The local-field model of one cell: weights and nodes of ``task``."""
    if task not in TASKS:
        raise VqsError(f"unknown study task {task!r}; choose " + ", ".join(TASKS))
    weights = {"average": None, "heterogeneous": None, "gradient": (1.0, -1.0) + (0.0,) * (n - 2),
               "weighted": tuple(0.5**i for i in range(n))}[task]
    nodes = tuple((noise, float(g)) for g in np.linspace(0.05, 0.2, n)) if task == "heterogeneous" else None
    return SensingModel(n, "single", noise, gamma, operating_point=theta0, field="local", function_weights=weights,
                        nodes=nodes)


def matched_ghz(w) -> np.ndarray:
    """(|s> + |~s>)/sqrt 2 on the nodes with w_i != 0 (s_i = 1 where w_i < 0), |0> on the others."""
    n = len(w)
    on = [i for i in range(n) if w[i] != 0]
    a = sum(1 << (n - 1 - i) for i in on if w[i] < 0)
    b = sum(1 << (n - 1 - i) for i in on if w[i] > 0)
    psi = np.zeros(2**n, complex)
    psi[a] += 2**-0.5
    psi[b] += 2**-0.5
    return psi / np.linalg.norm(psi)


def _state_best(psi, model, grid) -> tuple[float, float]:
    """(max_t F(t), t*) of one input state (the model's single-task figure)."""
    values = qfi_of_states(psi, model, grid).qfi[0]
    best = maximise_over_time(lambda t: float(qfi_of_states(psi, model, [t]).qfi[0, 0]), grid, values)
    return best.value, best.t_star


def run_cell(cfg: StudyConfig, task: str, noise: str, n: int) -> dict:
    started = time.perf_counter()
    cfg = cfg.for_nodes(n)
    model = cell_model(task, noise, n, cfg.gamma, cfg.operating_point)
    grid = default_times(model, cfg.points)
    probe = design(model, search=cfg.search, refine=cfg.refine, time_grid={"points": cfg.points}, seed=cfg.seed,
                   name=f"{task}-{noise}-{n}")
    vqs = probe.result.vqs
    psi_vqs = circuit_statevectors([probe.circuit])[0]
    ghz = best_times_of_circuits([ghz_circuit(n)], model, grid, "per_shot")[0]
    matched, matched_t = _state_best(matched_ghz(model.function_weights), model, grid)
    times = sorted({float(vqs.t_star)} | {float(t) for t in sub_grid(grid, 2 * cfg.estimate_times)
                                           if 0.5 * vqs.t_star <= t <= 2 * vqs.t_star})[: cfg.estimate_times]
    starts = [psi_vqs, matched_ghz(model.function_weights)]
    estimates = [function_optimum(model, t, cfg.estimate_starts, cfg.seed, starts)[0] for t in times]
    bound, bound_t = function_bound_over_time(model, grid, "per_shot")
    common = SensingModel(n, "single", noise, cfg.gamma, operating_point=cfg.operating_point, nodes=model.nodes)
    common_vqs = best_times_of_circuits([probe.circuit], common, grid, "per_shot")[0].value
    common_ghz = best_times_of_circuits([ghz_circuit(n)], common, grid, "per_shot")[0].value
    best_estimate = max(max(estimates), vqs.best, matched)
    return {"task": task, "noise": str(noise), "n": n, "weights": list(model.function_weights),
            "nodes": [{"noise": a, "gamma": g} for a, g in model.nodes] if model.nodes else None,
            "vqs": vqs.best, "vqs_t_star": vqs.t_star, "vqs_genes": len(probe.circuit.genes),
            "vqs_identifiable": vqs.identifiable, "ghz": ghz.value, "ghz_t_star": ghz.t_star,
            "matched_ghz": matched, "matched_ghz_t_star": matched_t,
            "estimate": best_estimate, "estimate_times": times, "estimate_values": estimates,
            "certificate": bound, "certificate_t": bound_t,
            "common_vqs": common_vqs, "common_ghz": common_ghz,
            "vqs_over_estimate": vqs.best / best_estimate if best_estimate > 0 else None,
            "seed_reference": bool(cfg.search.get("seed_reference", False)), "settings": cell_settings(cfg, n),
            "circuit": probe.circuit.to_dict(), "wall_time_s": time.perf_counter() - started}


COLUMNS = ("task", "noise", "n", "vqs", "ghz", "matched_ghz", "estimate", "certificate", "vqs_over_estimate",
           "common_vqs", "common_ghz", "wall_time_s", "seed_reference")


def summarise(out: Path) -> list[dict]:
    """summary.csv, summary.md and the figure from the cells in ``out/cells``."""
    cells = [read_json(p) for p in sorted((out / "cells").glob("*.json"))]
    cells.sort(key=lambda c: (TASKS.index(c["task"]), c["noise"], c["n"]))
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for c in cells:
        writer.writerow([c.get(k) for k in COLUMNS])  # seed_reference: absent in cells run before the option
    atomic_write_text(out / "summary.csv", buf.getvalue())
    lines = ["| task | noise | N | VQS | GHZ | matched GHZ | estimate | certificate | VQS/estimate | common VQS "
             "| common GHZ | reference seeded |", "|" + "---|" * 12]
    seeded = {True: "yes", False: "no", None: "-"}
    for c in cells:
        ratio = "-" if c["vqs_over_estimate"] is None else f"{c['vqs_over_estimate']:.4f}"
        lines.append(f"| {c['task']} | {c['noise']} | {c['n']} | {c['vqs']:.5g} | {c['ghz']:.5g} | "
                     f"{c['matched_ghz']:.5g} | {c['estimate']:.5g} | {c['certificate']:.5g} | {ratio} | "
                     f"{c['common_vqs']:.5g} | {c['common_ghz']:.5g} | {seeded[c.get('seed_reference')]} |")
    atomic_write_text(out / "summary.md", "\n".join(lines) + "\n")
    if cells:
        _plot(cells, out)
    return cells


def _plot(cells: list[dict], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tasks = [t for t in TASKS if any(c["task"] == t for c in cells)]
    fig, axes = plt.subplots(1, len(tasks), figsize=(4 * len(tasks), 3.6), squeeze=False)
    series = (("vqs", "VQS", "o-"), ("matched_ghz", "matched GHZ", "s--"), ("estimate", "estimate", "x:"),
              ("certificate", "certificate", "^-."), ("common_vqs", "VQS, common field", "d-"))
    for ax, task in zip(axes[0], tasks):
        # a QFI below RELATIVE_ZERO x the panel's largest is rounding of an exact 0 (the gradient of a common
        # field: ~1e-30): not identifiable, like the zeros, and left off the log axis
        floor = RELATIVE_ZERO * max(c[key] for c in cells if c["task"] == task for key, _, _ in series)
        for noise, color in zip(sorted({c["noise"] for c in cells}), ("C0", "C1", "C2")):
            rows = [c for c in cells if c["task"] == task and c["noise"] == noise]
            ns = [c["n"] for c in rows]
            for key, label, style in series:
                ax.plot(ns, [c[key] if c[key] > floor else np.nan for c in rows], style, color=color,
                        alpha=0.9 if key == "vqs" else 0.55, label=f"{label} ({noise})")
        ax.set_title(task)
        ax.set_xticks(sorted({c["n"] for c in cells}))
        ax.set_xlabel("N (points at 0: not identifiable, off the log axis)")
        ax.set_yscale("log")
    axes[0][0].set_ylabel("max_t QFI of q = w.theta (time^2)")
    axes[0][-1].legend(fontsize=6, loc="upper left")
    fig.tight_layout()
    for ext in ("png", "pdf"):
        fig.savefig(out / f"distributed.{ext}", dpi=130)
    plt.close(fig)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vqs.report.distributed", description=__doc__.split("\n")[0])
    parser.add_argument("config")
    parser.add_argument("--out", default="results/distributed")
    parser.add_argument("--only-summary", action="store_true", help="write the summary from the cells present")
    args = parser.parse_args(argv)
    enable_compile_cache()  # as the vqs command: each kernel shape compiles once per machine
    try:
        cfg = parse(StudyConfig, load_yaml(args.config), args.config)
        out = Path(args.out)
        lock = DirLock(out, "study").acquire()  # a second study on this folder is refused at once
    except VqsError as err:
        print(f"vqs.report.distributed: error: {err}", file=sys.stderr)
        return 2
    try:
        require_same_settings(cfg, out)  # before anything is written
    except VqsError as err:
        lock.release(discard=True)  # nothing left behind
        print(f"vqs.report.distributed: error: {err}", file=sys.stderr)
        return 2
    try:
        _run_cells(cfg, out, args.only_summary)
    except VqsError as err:
        print(f"vqs.report.distributed: error: {err}", file=sys.stderr)
        return 2
    finally:
        lock.release()
    return 0


def _run_cells(cfg: StudyConfig, out: Path, only_summary: bool) -> None:
    """Run the missing cells, smallest N first, each written whole before the next starts; then the summary."""
    (out / "cells").mkdir(parents=True, exist_ok=True)
    for n in ([] if only_summary else cfg.ns):
        for task in cfg.tasks:
            for noise in cfg.noises:
                path = out / "cells" / f"{task}_{noise}_N{n}.json"
                if path.exists():
                    continue
                cell = run_cell(cfg, task, noise, n)
                atomic_write_json(path, cell)
                print(f"{task} {noise} N={n}: VQS {cell['vqs']:.6g}, estimate {cell['estimate']:.6g}, "
                      f"certificate {cell['certificate']:.6g} ({cell['wall_time_s']:.0f} s)", file=sys.stderr)
                summarise(out)
    summarise(out)


if __name__ == "__main__":
    raise SystemExit(main())
