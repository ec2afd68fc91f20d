"""Shot-based parameter-shift refinement vs the exact one on a run's probe (issue 26).

    nice -n 10 python benchmarks/param_shift_shots.py RUN_DIR [--steps 100] [--sigma 0.3]

The run's circuit, its angles perturbed by N(0, sigma^2) (seed 0), is refined with
``refine.method: parameter_shift`` exactly and with M = 1e3, 1e4, 1e5 shots per shifted circuit
(same steps, learning rate 0.05, no pruning); prints the final figure of each over the exact one.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from vqs.search.refine import RefineOptions, refine_circuit
from vqs.search.run_model import run_model
from vqs.search.rundir import RunDir


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run_dir")
    ap.add_argument("--steps", type=int, default=100)
    ap.add_argument("--sigma", type=float, default=0.3, help="standard deviation of the angle perturbation")
    args = ap.parse_args()
    rd = RunDir(args.run_dir)
    result, circuit, config = rd.read_result(), rd.read_circuit(), rd.read_config()
    model = run_model(result)
    grid = config.time_grid.times(model)
    angles = np.array([g.angle for g in circuit.genes])
    start = circuit.with_angles(angles + np.random.default_rng(0).normal(0, args.sigma, angles.size))
    rows = []
    for shots in (None, 1000, 10_000, 100_000):
        t0 = time.perf_counter()
        options = RefineOptions(method="parameter_shift", steps=args.steps, learning_rate=0.05, prune=False,
                                shots=shots)
        res = refine_circuit(start, model, grid, result.figure_of_merit, options)
        rows.append((shots, res.initial.value, res.best.value, time.perf_counter() - t0))
    exact = rows[0][2]
    print(f"{result.name}: {result.figure_of_merit}, start {rows[0][1]:.6g}, design {result.vqs.best:.6g}")
    print(f"{'shots':>8} {'refined':>12} {'/ exact':>10} {'s':>6}")
    for shots, _, best, wall in rows:
        print(f"{'exact' if shots is None else shots:>8} {best:12.7g} {best / exact:10.6f} {wall:6.1f}")


if __name__ == "__main__":
    main()
