"""NISQ study (issue 26): designed probe vs GHZ, both prepared with depolarizing gate noise, vs the
noiseless-preparation optimum, over p2 (p1 = p2/10), for dephasing and amplitude damping at gamma 0.1.

    nice -n 10 python benchmarks/nisq_study.py configs       # write configs/nisq/*.yaml
    nice -n 10 python benchmarks/nisq_study.py run [N ...] [--noise NOISE]   # run them, smallest N first; resumable
    python benchmarks/nisq_study.py summary                  # results/nisq/summary.csv, .md, figure

Each run is ``vqs run configs/nisq/<name>.yaml --out results/nisq/cells/<name>``; a run whose
result.json exists and was made under the config as it reads now (its config.resolved.yaml) is
skipped, one made under another config is rerun, so an interrupted study resumes where it stopped.
The search starts from |0..0> (``ga.init: zero``): every entangling gate of a designed probe is a
CRX gene that pays p2, as GHZ pays its N-1 CNOTs. Generation 0 holds GHZ's own preparation as a
genome (``ga.seed_reference``: RY(pi/2) and CRX(pi) from wire 0, the same gates and so the same
preparation noise as GHZ's H and CNOTs, its QFI GHZ's to 1e-10), so that with elitism no design
scores below GHZ: without it the search from |0..0> never assembled GHZ at N = 4, 5 under
amplitude damping (VQS/GHZ 0.82-0.98). The noiseless-preparation optimum is the see-saw optimum
over time (:func:`vqs.physics.optimum.certificate.optimal_over_time`) of the same sensing model.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CONFIGS, RESULTS = ROOT / "configs" / "nisq", ROOT / "results" / "nisq"
NS, NOISES, GAMMA = (3, 4, 5), ("dephasing", "amplitude_damping"), 0.1
P2S = (0.0, 1e-4, 1e-3, 3e-3, 1e-2, 3e-2)
FIGURE = "per_time"

TEMPLATE = """# NISQ study (benchmarks/nisq_study.py): N={n}, {noise} gamma={gamma}, p1={p1:g} p2={p2:g}
name: {name}
seed: 1
model:
  n_qubits: {n}
  task: single
  noise: {noise}
  gamma: {gamma}
  operating_point: [0.01]
  preparation_noise: {prep}
time_grid:
  points: 24
figure_of_merit: {figure}
ga:
  population: 16
  generations: 6
  elite: 2
  max_genes: 12
  initial_genes: [1, 8]
  init: zero
  seed_reference: true
  local_steps: 30
  local_learning_rate: 0.15
refine:
  method: adam
  top_k: 2
  steps: 80
  learning_rate: 0.05
"""


def name(n: int, noise: str, p2: float) -> str:
    return f"n{n}_{noise}_p2_{p2:g}".replace("-", "m")


def write_configs() -> None:
    CONFIGS.mkdir(parents=True, exist_ok=True)
    for n in NS:
        for noise in NOISES:
            for p2 in P2S:
                prep = "null" if p2 == 0 else f"[{p2 / 10:g}, {p2:g}]"
                text = TEMPLATE.format(n=n, noise=noise, gamma=GAMMA, p1=p2 / 10, p2=p2, prep=prep,
                                       name=name(n, noise, p2), figure=FIGURE)
                (CONFIGS / f"{name(n, noise, p2)}.yaml").write_text(text)


def _current(out: Path, config: Path) -> bool:
    """True when ``out`` holds a finished run of ``config`` as it reads now."""
    from vqs.search.schema import load_config

    if not (out / "result.json").exists():
        return False
    return load_config(out / "config.resolved.yaml").model_dump() == load_config(config).model_dump()


def run(ns, noises=NOISES) -> None:
    for n in ns:
        for noise in noises:
            for p2 in P2S:
                out = RESULTS / "cells" / name(n, noise, p2)
                if _current(out, CONFIGS / f"{name(n, noise, p2)}.yaml"):
                    continue
                if out.exists():  # made under another config: rerun from scratch
                    shutil.rmtree(out)
                print(f"running {out.name}", flush=True)
                subprocess.run([sys.executable, "-m", "vqs", "run", str(CONFIGS / f"{name(n, noise, p2)}.yaml"),
                                "--out", str(out)], check=True, cwd=ROOT)


OPTIMA = RESULTS / "optima.json"
"""The see-saw optima already computed, by model and grid: they do not depend on the search or on p2
(noiseless preparation), and one N = 5 optimum takes minutes; a changed grid or a new model is computed."""


def _optimum(n: int, noise: str, grid) -> float:
    from vqs.physics.model.sensing_model import SensingModel
    from vqs.physics.optimum.certificate import optimal_over_time

    key = f"n{n}_{noise}_g{GAMMA}_{FIGURE}_starts4_seed0_grid" + ",".join(f"{t:.17g}" for t in grid)
    cache = json.loads(OPTIMA.read_text()) if OPTIMA.exists() else {}
    if key not in cache:
        model = SensingModel(n, "single", noise, GAMMA, operating_point=(0.01,))
        cache[key] = float(optimal_over_time(model, grid, figure=FIGURE, starts=4, seed=0).value)
        OPTIMA.write_text(json.dumps(cache, indent=1, sort_keys=True) + "\n")
    return cache[key]


def _seeded(p2: float, n: int, noise: str) -> bool:
    """Whether the run of the cell had GHZ's preparation in generation 0 (its ga.seed_reference)."""
    import yaml

    text = (RESULTS / "cells" / name(n, noise, p2) / "config.resolved.yaml").read_text()
    return bool(yaml.safe_load(text)["ga"].get("seed_reference", False))


def summary() -> None:
    from vqs.physics.model.sensing_model import SensingModel
    from vqs.physics.qfi import default_times

    rows = []
    for n in NS:
        for noise in NOISES:
            found = [(p2, RESULTS / "cells" / name(n, noise, p2) / "result.json") for p2 in P2S]
            found = [(p2, json.loads(path.read_text())) for p2, path in found if path.exists()]
            if not found:
                continue
            grid = default_times(SensingModel(n, "single", noise, GAMMA, operating_point=(0.01,)), 24)
            optimum = _optimum(n, noise, grid)
            for p2, res in found:
                rows.append({"n_qubits": n, "noise": noise, "p1": p2 / 10, "p2": p2, "vqs": res["vqs"]["best"],
                             "vqs_genes": res["vqs"]["n_genes"], "ghz": res["ghz"]["best"],
                             "vqs_over_ghz": res["vqs_over_ghz"], "noiseless_optimum": optimum,
                             "vqs_over_optimum": res["vqs"]["best"] / optimum,
                             "wall_time_s": res["wall_time_s"], "seed_reference": _seeded(p2, n, noise)})
    RESULTS.mkdir(parents=True, exist_ok=True)
    with open(RESULTS / "summary.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    lines = ["| N | noise | p2 | VQS F/t | genes | GHZ F/t | VQS/GHZ | noiseless optimum | VQS/optimum | GHZ seeded |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    lines += [f"| {r['n_qubits']} | {r['noise']} | {r['p2']:g} | {r['vqs']:.5g} | {r['vqs_genes']} | {r['ghz']:.5g} | "
              f"{r['vqs_over_ghz']:.4f} | {r['noiseless_optimum']:.5g} | {r['vqs_over_optimum']:.4f} | "
              f"{'yes' if r['seed_reference'] else 'no'} |" for r in rows]
    (RESULTS / "summary.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    _figure(rows)


def _figure(rows) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = sorted({(r["n_qubits"], r["noise"]) for r in rows})
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for n, noise in keys:
        sel = [r for r in rows if (r["n_qubits"], r["noise"]) == (n, noise)]
        x = np.array([max(r["p2"], 3e-5) for r in sel])  # p2 = 0 drawn at the left edge
        line = axes[0].plot(x, [r["vqs"] / r["noiseless_optimum"] for r in sel], "o-", label=f"VQS N={n} {noise}")
        axes[0].plot(x, [r["ghz"] / r["noiseless_optimum"] for r in sel], "s--", color=line[0].get_color(),
                     label=f"GHZ N={n} {noise}")
        axes[1].plot(x, [r["vqs_genes"] for r in sel], "o-", label=f"N={n} {noise}")
    axes[0].set(xscale="log", xlabel="p2 (p1 = p2/10; p2 = 0 at the left edge)",
                ylabel="F/t over the noiseless-preparation optimum")
    axes[1].set(xscale="log", xlabel="p2", ylabel="genes of the designed probe")
    for ax in axes:
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(RESULTS / "nisq.png", dpi=120)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "summary"
    if cmd == "configs":
        write_configs()
    elif cmd == "run":
        args = sys.argv[2:]
        noises = NOISES
        if "--noise" in args:
            k = args.index("--noise")
            noises, args = (args[k + 1],), args[:k] + args[k + 2:]
        run([int(x) for x in args] or NS, noises)
    else:
        summary()
