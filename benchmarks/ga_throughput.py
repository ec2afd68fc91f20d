"""The large-N parts of ``fitness_throughput.py``: the GA's own score, and memory per kernel chunk.

(d) the score the search actually uses: :func:`vqs.search.fitness.make_fitness` built from a run
config (default ``configs/scale/n8_dephasing.yaml``: its model, time grid, figure of merit,
``score_points``, ``local_steps``, ``local_best``) with 1 and ``ga.workers`` processes, on
populations of new random genomes as large as one generation's new genomes (population - elite).
Cross-checks: the numbers are exactly equal for every worker count; a genome without local steps
scores the engine's maximum over the scoring times (relative error <= 1e-8); with local steps no
less.

Memory: a fresh Python process runs one kernel call of a given shape twice and reports the chunk
plan (:func:`vqs.physics.engines.jax_engine.chunk_plan`: its planned bytes), both times and its peak resident
memory above the memory it had before the first call (``VmHWM - VmRSS`` from /proc, compile
included).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

from ansatz import Circuit, pack, random_genes
from vqs.physics.engines.jax_engine import chunk_plan, qfi_of_arrays
from vqs.physics.fom import figure_values
from vqs.physics.timeopt import sub_grid
from vqs.search.fitness import GRID_CHUNK, make_fitness
from vqs.search.schema import load_config
from vqs.search.workers import fitness_pool

REL_TOL = 1e-8
WARM_CALLS = 3
"""Untimed calls first (the first one timed on its own): each worker process compiles the grid and
local-step functions on its first job of each kind, whichever call that falls in."""


def score_points(config_path: str) -> int | None:
    """The run config's ``ga.score_points`` (None for 'none' or when unset)."""
    return None if config_path == "none" else load_config(config_path).ga.score_points


def grid_chunk(n: int, n_times: int) -> int:
    """Genomes per grid-scoring job of the fitness (:data:`vqs.search.fitness.GRID_CHUNK`)."""
    return min(GRID_CHUNK, chunk_plan(n, n_times, 1).circuits)


def ga_score(config_path: str, genes: int, rounds: int, seed: int) -> dict:
    """Circuits/s of the GA's score with 1 and ``ga.workers`` processes (same populations)."""
    cfg = load_config(config_path)
    model = cfg.model.build()
    grid = cfg.time_grid.times(model)
    ga = cfg.ga
    batch = ga.population - ga.elite
    rng = np.random.default_rng([seed, model.n_qubits, genes, 7])
    pops = [[random_genes(rng, model.n_qubits, genes) for _ in range(batch)] for _ in range(rounds + WARM_CALLS)]
    out = {"config": config_path, "n": model.n_qubits, "genes": genes, "batch": batch, "rounds": rounds,
           "score_points": ga.score_points, "local_steps": ga.local_steps, "local_best": ga.local_best,
           "figure": cfg.figure_of_merit, "noise": model.noise, "times": grid.size, "rates": {}, "first_s": {}}
    values = {}
    for workers in sorted({1, ga.workers}):
        with fitness_pool(workers) as pool:
            fit = make_fitness(model, grid, cfg.figure_of_merit, max(genes, ga.max_genes), ga.init, ga.local_steps,
                               ga.local_learning_rate, score_points=ga.score_points, local_best=ga.local_best,
                               pool=pool)
            t0 = time.perf_counter()
            vals = [fit(pops[0])]  # compiles (and starts the workers)
            out["first_s"][workers] = time.perf_counter() - t0
            vals += [fit(pop) for pop in pops[1:WARM_CALLS]]  # every worker compiles on its first job of a kind
            took = []
            for pop in pops[WARM_CALLS:]:
                t0 = time.perf_counter()
                vals.append(fit(pop))
                took.append(time.perf_counter() - t0)
        out["rates"][workers] = batch / statistics.median(took)
        values[workers] = np.concatenate(vals)
        print(f"  (d) GA score N={model.n_qubits}, {workers} worker(s): {out['rates'][workers]:.3g} circ/s "
              f"(first call {out['first_s'][workers]:.1f} s)", flush=True)
    ref = values[1]
    for workers, v in values.items():
        if not np.array_equal(v, ref):
            raise SystemExit(f"DISAGREEMENT: the GA score with {workers} workers differs from 1 worker")
    # the grid part against the engine on the scoring times
    times = grid if ga.score_points is None else sub_grid(grid, ga.score_points)
    circuits = [Circuit(model.n_qubits, tuple(g), ga.init) for pop in pops for g in pop]
    engine = figure_values(qfi_of_arrays(pack(circuits, max(genes, ga.max_genes)), model, times),
                           cfg.figure_of_merit).max(axis=1)
    rel = np.abs(ref - engine) / np.abs(engine)
    untuned = rel <= REL_TOL
    if np.any(ref < engine * (1 - REL_TOL)):
        raise SystemExit("DISAGREEMENT: a GA score below the engine's maximum over the scoring times")
    tuned_expected = len(pops) * (batch if ga.local_best is None else min(ga.local_best, batch))
    if ga.local_steps > 0 and int(np.sum(~untuned)) > tuned_expected:
        raise SystemExit("DISAGREEMENT: more genomes differ from the engine than got local steps")
    out["untuned_rel_err"] = float(rel[untuned].max()) if untuned.any() else 0.0
    out["n_tuned"] = int(np.sum(~untuned))
    out["n_scored"] = int(ref.size)
    return out


_MEMORY_PROBE = r"""
import json, os, sys, time
import numpy as np
from ansatz import Circuit, pack, random_genes
from vqs.physics import qfi as Q
from vqs.physics.model.sensing_model import SensingModel

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) * 1024
    return 0

n, n_times, batch, genes, fast = (int(x) for x in sys.argv[1:6])
Q.qfi_of_circuits([Q.ghz_circuit(2)], SensingModel(2, "single", "dephasing", 0.1), [1.0])  # load XLA
model = SensingModel(n, "single", "dephasing", 0.1)
times = Q.default_times(model, n_times)
rng = np.random.default_rng(0)
arrays = pack([Circuit(n, tuple(random_genes(rng, n, genes)), "ghz") for _ in range(batch)], genes)
plan = Q.chunk_plan(n, n_times, 1, batch)
base = status("VmRSS")
t0 = time.perf_counter(); Q.qfi_of_arrays(arrays, model, times, fast=bool(fast)); t1 = time.perf_counter()
Q.qfi_of_arrays(arrays, model, times, fast=bool(fast)); t2 = time.perf_counter()
print(json.dumps({"n": n, "times": n_times, "batch": batch, "fast": bool(fast), "plan_circuits": plan.circuits,
                  "plan_times": plan.times, "plan_bytes": plan.bytes, "first_s": t1 - t0, "second_s": t2 - t1,
                  "peak_above_base": status("VmHWM") - base}))
"""


def memory_probe(n: int, n_times: int, batch: int, genes: int, fast: bool = False) -> dict:
    """One kernel call shape in a fresh process: plan, times, peak RSS above the start; ``fast``: the
    search's kernel path (``qfi_of_arrays(fast=True)``: the dephasing Gram form), else the general one."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS", "1")}
    proc = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(n), str(n_times), str(batch), str(genes),
                           str(int(fast))],
                          capture_output=True, text=True, timeout=1200, env=env)
    if proc.returncode != 0:
        return {"n": n, "times": n_times, "batch": batch, "fast": fast,
                "error": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"  memory N={n} {batch} circuit(s) x {n_times} times ({_path(out)}): "
          f"plan {out['plan_circuits']} x {out['plan_times']} "
          f"({out['plan_bytes'] / 2**20:.0f} MiB planned), peak +{out['peak_above_base'] / 2**20:.0f} MiB, "
          f"{out['first_s']:.1f} s first call, {out['second_s']:.1f} s second", flush=True)
    return out


def _path(m: dict) -> str:
    return "search's path" if m.get("fast") else "general"


def markdown(ga: dict | None, memory: list[dict]) -> list[str]:
    """Lines for the RESULTS.md section."""
    lines = []
    if ga:
        w = max(int(k) for k in ga["rates"])
        rate = ga["rates"][w]
        local = (f"{ga['local_steps']} local Adam steps for the {ga['local_best']} best genomes of each call"
                 if ga["local_best"] else f"{ga['local_steps']} local Adam steps for every genome")
        lines += [
            f"(d) **The GA's score** at N = {ga['n']} (`{ga['config']}`: {ga['noise']}, {ga['figure']}, "
            f"{ga['score_points'] or ga['times']} of its {ga['times']} times, {local}), populations of "
            f"{ga['batch']} new random genomes of {ga['genes']} genes (one generation's new genomes), median "
            f"over {ga['rounds']} populations after {WARM_CALLS} untimed ones: "
            + ", ".join(f"**{r:.3g} circ/s with {k} worker{'s' if int(k) > 1 else ''}**"
                        for k, r in sorted(ga["rates"].items(), key=lambda kv: int(kv[0])))
            + (f" (x{rate / ga['rates'][1]:.2f})" if w > 1 else "")
            + f"; first call (compile, worker start) {ga['first_s'][w]:.1f} s."
            + (f" Target >= 10 circ/s at N = 8: **{'met' if rate >= 10 else 'NOT met'}**." if ga["n"] == 8 else "")
            + " Cross-checks: identical numbers for every worker count; "
            f"the {ga['n_scored'] - ga['n_tuned']} genomes without local steps equal the engine's maximum over "
            f"the scoring times (max rel err {ga['untuned_rel_err']:.1e}), the {ga['n_tuned']} tuned ones exceed it.",
            "",
        ]
    if memory:
        lines += ["Memory per kernel chunk (`vqs.physics.engines.jax_engine.chunk_plan`; a fresh process per shape, "
                  "peak RSS above "
                  "its start, compile included; one circuit of 60 genes where batch is 1):", "",
                  "| N | circuits x times scored | kernel path | chunk (circuits x times) | planned per chunk | "
                  "measured peak | first call | second call |", "|---|---|---|---|---|---|---|---|"]
        for m in memory:
            if "error" in m:
                lines.append(f"| {m['n']} | {m['batch']} x {m['times']} | {_path(m)} | failed: {m['error']} | | | | |")
                continue
            lines.append(f"| {m['n']} | {m['batch']} x {m['times']} | {_path(m)} | "
                         f"{m['plan_circuits']} x {m['plan_times']} | "
                         f"{m['plan_bytes'] / 2**20:.0f} MiB | {m['peak_above_base'] / 2**20:.0f} MiB | "
                         f"{m['first_s']:.1f} s | {m['second_s']:.1f} s |")
        for big in (m for m in memory if m.get("n") == 10 and "error" not in m):
            t = max(big["first_s"], big["second_s"])
            met = "met" if t < 60 else "NOT met"
            lines += ["", f"N = 10, one circuit at {big['times']} times, {_path(big)} kernel: {big['first_s']:.1f} s "
                      f"with compile, {big['second_s']:.1f} s compiled (target < 60 s: **{met}**)."]
        lines.append("")
    return lines
