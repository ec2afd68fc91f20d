#!/usr/bin/env python
"""Fitness throughput: circuits scored per second, one score = the QFI at 32 sensing times.

Three methods, measured in the same run and interleaved round by round (the machine is shared,
so only ratios measured together mean anything):

(a) PennyLane, the user-selectable engine ``vqs.physics.engines.pennylane_engine`` (``--engine
    pennylane``): for every new circuit structure a QNode on ``default.mixed`` (JAX interface) with
    the probe ops, then per qubit ``RZ(omega t)`` and ``PhaseFlip((1 - exp(-gamma t)) / 2)`` (exact
    for dephasing), ``jax.jit(jax.vmap(jax.jacfwd(...)))`` over the times for rho and
    d rho / d omega, the QFI by eigendecomposition (``vqs.physics.kernel.sld.qfim``). The time per
    circuit includes tracing and compiling its new structure; that is the point of (a).
(b) vectorised numpy (``benchmarks/numpy_engine.py``) on a population of circuits.
(c) the batched engine,
    ``vqs.physics.engines.jax_engine.qfi_of_arrays(ansatz.pack(circuits, max_genes=G), ...)``, on the
    same populations; its one-time compile per (N, G) is reported separately. This is the general
    kernel path, which computes every value a run reports.

(d) at the N of ``--ga-config`` (default ``configs/scale/n8_dephasing.yaml``): the score the genetic
search actually uses there (coarse time grid, local steps for the best few, worker processes, and
the model's covariant kernel path, ``vqs.physics.kernel.covariant``; ``benchmarks/ga_throughput.py``),
and, when N = 8 is measured, the memory per kernel chunk at N = 8 and N = 10 and the time of one
N = 10 circuit, on the general path and on the search's.

Every method's numbers are checked against the others (relative error <= 1e-8) on the circuits
they share; the run stops if they disagree.

    python benchmarks/fitness_throughput.py --quick                       # smoke run, < 2 min
    python benchmarks/fitness_throughput.py --qubits 2,3,4,5,8 --genes 60 --output benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _fitness_report import (  # benchmarks/_fitness_report.py, beside this script
    BLAS_CHECK_MATRICES,
    GAMMA,
    N_TIMES,
    REL_TOL,
    SECTION,
    TARGET_G,
    TARGET_N,
    loadavg,
    markdown,
    print_table,
    targets,
)
from _sections import write_section  # benchmarks/_sections.py, beside this script

HERE = Path(__file__).resolve().parent


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="fewer circuits and rounds (smoke run)")
    p.add_argument("--qubits", default="2,3,4,5", help="comma-separated qubit counts (default 2,3,4,5)")
    p.add_argument("--genes", default="20,60", help="comma-separated gene counts (default 20,60)")
    p.add_argument("--batch", type=int, default=None,
                   help="population size for (b) and (c) up to N = 5 (default 128, quick 64)")
    p.add_argument("--large-batch", type=int, default=16,
                   help="population size for (b) and (c) from N = 6 (default 16)")
    p.add_argument("--naive", type=int, default=None,
                   help="circuits scored by (a) per configuration up to N = 5 (default 5, quick 2; 1 from N = 6)")
    p.add_argument("--ga-config", default="configs/scale/n8_dephasing.yaml",
                   help="run config whose GA score (d) is measured when its N is among --qubits ('none': skip)")
    p.add_argument("--ga-rounds", type=int, default=5, help="populations timed for (d) per worker count")
    p.add_argument("--seed", type=int, default=2024)
    p.add_argument(
        "--blas-threads", default="1",
        help="OPENBLAS_NUM_THREADS to set before numpy is imported (default 1, measured to help); "
        "'keep' leaves the environment alone",
    )
    p.add_argument("--output", default=None,
                   help="write/replace the '## Fitness throughput' section of this markdown file")
    args = p.parse_args(argv)
    args.qubits = [int(x) for x in args.qubits.split(",") if x.strip()]
    args.genes = [int(x) for x in args.genes.split(",") if x.strip()]
    if args.batch is None:
        args.batch = 64 if args.quick else 128
    if args.naive is None:
        args.naive = 2 if args.quick else 5
    if not 1 <= args.naive <= args.batch:
        p.error("--naive must be between 1 and --batch")
    if args.large_batch < 1 or args.ga_rounds < 1:
        p.error("--large-batch and --ga-rounds must be >= 1")
    return args


def batch_for(n: int, args) -> int:
    return args.batch if n <= 5 else args.large_batch


def naive_for(n: int, args) -> int:
    return args.naive if n <= 5 else 1


ARGS = parse_args()
_ORIGINAL_BLAS = os.environ.get("OPENBLAS_NUM_THREADS")
if ARGS.blas_threads != "keep":
    os.environ["OPENBLAS_NUM_THREADS"] = ARGS.blas_threads  # must precede the numpy import

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

jax.config.update("jax_enable_x64", True)

sys.path.insert(0, str(HERE))
import ga_throughput  # noqa: E402
import numpy_engine  # noqa: E402

from ansatz import Circuit, pack, random_genes  # noqa: E402
from vqs.physics.engines import pennylane_engine  # noqa: E402
from vqs.physics.engines.jax_engine import chunk_plan, qfi_of_arrays  # noqa: E402
from vqs.physics.model.sensing_model import SensingModel  # noqa: E402
from vqs.physics.qfi import default_times  # noqa: E402


# ------------------------------------------------------------------------------------------------
# the three methods: each maps circuits -> QFI (B, T)
# ------------------------------------------------------------------------------------------------
def pennylane_qfi(circuit: Circuit, model: SensingModel, times: np.ndarray) -> np.ndarray:
    """(a) the PennyLane engine: a new QNode, traced and compiled for this circuit's structure."""
    # past the engine's user limit (MAX_QUBITS) on purpose: the N = 8 row measures that cost
    return pennylane_engine.qfi_of_circuits([circuit], model, times, max_qubits=max(circuit.n_qubits,
                                            pennylane_engine.MAX_QUBITS)).qfi[0]


def numpy_qfi(circuits, genes, model, times) -> np.ndarray:
    """(b)"""
    return numpy_engine.qfim_of_arrays(pack(circuits, max_genes=genes), model, times)[..., 0, 0]


def engine_qfi(circuits, genes, model, times) -> np.ndarray:
    """(c)"""
    return qfi_of_arrays(pack(circuits, max_genes=genes), model, times).qfi


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------
def rel_error(x: np.ndarray, ref: np.ndarray) -> float:
    """Largest elementwise |x - ref| / |ref| (denominator floored at 1e-6 of the largest |ref|)."""
    floor = 1e-6 * float(np.abs(ref).max())
    return float(np.max(np.abs(x - ref) / np.maximum(np.abs(ref), max(floor, 1e-300))))


def check(name: str, err: float) -> float:
    if not err <= REL_TOL:
        raise SystemExit(f"DISAGREEMENT: {name}: relative error {err:.3e} > {REL_TOL:g}; the benchmark is void")
    return err


def timed(fn, *a):
    t0 = time.perf_counter()
    out = fn(*a)
    return time.perf_counter() - t0, out


def new_circuits(rng, n, genes, count):
    return [Circuit(n, tuple(random_genes(rng, n, genes)), "ghz") for _ in range(count)]


# ------------------------------------------------------------------------------------------------
# one configuration (N, G)
# ------------------------------------------------------------------------------------------------
def measure(n: int, genes: int, args) -> dict:
    model = SensingModel(n, "single", "dephasing", GAMMA)
    times = default_times(model, N_TIMES)
    rng = np.random.default_rng([args.seed, n, genes])
    batch = batch_for(n, args)
    naive = naive_for(n, args)
    min_rounds = 2 if args.quick else 5
    min_seconds = 0.5 if args.quick else 4.0
    max_rounds = 60

    # (c) first call: compiles the kernel for (N, G, chunk, T). Its population starts with the
    # circuits (a) will score, so that all three methods are compared on them.
    first = new_circuits(rng, n, genes, batch)
    t_first, c_first = timed(engine_qfi, first, genes, model, times)
    b_first = numpy_qfi(first, genes, model, times)  # also warms the channel cache
    err_bc = check(f"N={n} G={genes} numpy vs engine", rel_error(b_first, c_first))
    err_ac = 0.0

    t_a, t_b, t_c = [], [], []
    r = 0
    while r < max_rounds and (
        r < max(min_rounds, naive) or sum(t_b) + sum(t_c) < min_seconds
    ):
        if r < naive:  # (a): one circuit per round, compiled from scratch
            dt, q_a = timed(pennylane_qfi, first[r], model, times)
            t_a.append(dt)
            err_ac = max(err_ac, check(f"N={n} G={genes} pennylane vs engine", rel_error(q_a, c_first[r])))
        pop = new_circuits(rng, n, genes, batch)
        order = ("b", "c") if r % 2 == 0 else ("c", "b")
        res = {}
        for m in order:
            fn = numpy_qfi if m == "b" else engine_qfi
            dt, res[m] = timed(fn, pop, genes, model, times)
            (t_b if m == "b" else t_c).append(dt)
        err_bc = max(err_bc, check(f"N={n} G={genes} numpy vs engine", rel_error(res["b"], res["c"])))
        r += 1

    rate_a = 1.0 / statistics.median(t_a)
    rate_b = batch / statistics.median(t_b)
    rate_c = batch / statistics.median(t_c)
    return {
        "n": n, "genes": genes, "a": rate_a, "b": rate_b, "c": rate_c,
        "c_over_a": rate_c / rate_a, "c_over_b": rate_c / rate_b,
        "compile_s": max(t_first - statistics.median(t_c), 0.0), "first_call_s": t_first,
        "naive_circuits": len(t_a), "rounds": len(t_b), "err_ac": err_ac, "err_bc": err_bc,
        "chunk": chunk_plan(n, N_TIMES, 1, batch).circuits, "batch": batch,
    }


# ------------------------------------------------------------------------------------------------
# where the time goes (largest configuration) and the BLAS threading check
# ------------------------------------------------------------------------------------------------
def profile(n: int, genes: int, args) -> dict:
    """Stage times of (b) and the kernel's eigendecomposition alone, on one population."""
    model = SensingModel(n, "single", "dephasing", GAMMA)
    times = default_times(model, N_TIMES)
    rng = np.random.default_rng([args.seed, n, genes, 1])
    batch = batch_for(n, args)
    pop = new_circuits(rng, n, genes, batch)
    chunk = chunk_plan(n, N_TIMES, 1, batch).circuits
    eigh_jit = jax.jit(jnp.linalg.eigh)
    stages = {k: [] for k in ("states", "sense", "eigh", "rest", "b_total", "c_total", "c_eigh")}
    for _ in range(3):
        t0 = time.perf_counter()
        arrays = pack(pop, max_genes=genes)
        psi = numpy_engine.circuit_states(arrays)
        rho0 = psi[:, :, None] * psi[:, None, :].conj()
        t1 = time.perf_counter()
        rho, drho = numpy_engine.sense(rho0, model, times)
        t2 = time.perf_counter()
        np.linalg.eigh(rho)
        t3 = time.perf_counter()
        numpy_engine.qfim(rho, drho)  # includes its own eigh
        t4 = time.perf_counter()
        stages["states"].append(t1 - t0)
        stages["sense"].append(t2 - t1)
        stages["eigh"].append(t3 - t2)
        stages["rest"].append((t4 - t3) - (t3 - t2))
        stages["b_total"].append((t2 - t0) + (t4 - t3))
        stages["c_total"].append(timed(engine_qfi, pop, genes, model, times)[0])
        # the kernel's eigh (jnp.linalg.eigh, jitted) on the same (circuit, time) pairs, chunk by chunk
        mats = [jnp.asarray(rho[lo : lo + chunk]) for lo in range(0, batch, chunk)]
        jax.block_until_ready(eigh_jit(mats[0]))
        t5 = time.perf_counter()
        for m in mats:
            jax.block_until_ready(eigh_jit(m))
        stages["c_eigh"].append(time.perf_counter() - t5)
    return {k: statistics.median(v) for k, v in stages.items()} | {"n": n, "genes": genes, "batch": batch}


_BLAS_PROBE = r"""
import json, os, sys, time, statistics
import numpy as np, jax, jax.numpy as jnp
jax.config.update("jax_enable_x64", True)
count, d = int(sys.argv[1]), int(sys.argv[2])
rng = np.random.default_rng(0)
a = rng.normal(size=(count, d, d)) + 1j * rng.normal(size=(count, d, d))
a = a @ np.conj(np.swapaxes(a, -1, -2))
f = jax.jit(jnp.linalg.eigh); ja = jnp.asarray(a); jax.block_until_ready(f(ja))
out = {}
for name, fn in (("numpy", lambda: np.linalg.eigh(a)), ("jax", lambda: jax.block_until_ready(f(ja)))):
    ts = []
    for _ in range(3):
        t0 = time.perf_counter(); fn(); ts.append(time.perf_counter() - t0)
    out[name] = statistics.median(ts)
print(json.dumps(out))
"""




def blas_check(n: int) -> dict:
    """Batched eigh of 512 random d x d Hermitian matrices in fresh processes, OpenBLAS 1 thread vs unset."""
    out = {}
    for label in ("1", "default"):
        env = dict(os.environ)
        env.pop("OPENBLAS_NUM_THREADS", None)
        if label == "1":
            env["OPENBLAS_NUM_THREADS"] = "1"
        proc = subprocess.run(
            [sys.executable, "-c", _BLAS_PROBE, str(BLAS_CHECK_MATRICES), str(2**n)],
            env=env, capture_output=True, text=True, timeout=600,
        )
        if proc.returncode != 0:
            return {"error": proc.stderr.strip().splitlines()[-1:] or ["failed"]}
        out[label] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def command_line(argv) -> str:
    env = f"OPENBLAS_NUM_THREADS={_ORIGINAL_BLAS} " if _ORIGINAL_BLAS is not None else ""
    return env + "python benchmarks/fitness_throughput.py" + ("".join(" " + shlex.quote(a) for a in argv))


def main(args, argv) -> int:
    started = datetime.datetime.now(datetime.UTC)
    load_start = loadavg()
    t_start = time.perf_counter()
    print(f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}; batch {args.batch} "
          f"({args.large_batch} from N = 6); (a) {args.naive} circuits per row (1 from N = 6); load {load_start}",
          flush=True)
    ga_n = None
    if args.ga_config != "none":
        from vqs.search.schema import load_config

        ga_n = load_config(args.ga_config).model.n_qubits
    # one untimed (a) run so that JAX/PennyLane first-use costs are not charged to a structure
    pennylane_qfi(Circuit(2, tuple(random_genes(np.random.default_rng(0), 2, 2)), "ghz"),
                        SensingModel(2, "single", "dephasing", GAMMA), np.array([1.0, 2.0]))
    results = []
    for n in args.qubits:
        for g in args.genes:
            r = measure(n, g, args)
            if n == ga_n:
                r["ga"] = ga_throughput.ga_score(args.ga_config, g, args.ga_rounds, args.seed)
            results.append(r)
            print(f"N={n} genes={g}: (a) {r['a']:.3g}  (b) {r['b']:.4g}  (c) {r['c']:.4g} circ/s  "
                  f"(c)/(a) {r['c_over_a']:.0f}x  (c)/(b) {r['c_over_b']:.2f}x  compile {r['compile_s']:.1f} s  "
                  f"rounds {r['rounds']}  err {max(r['err_ac'], r['err_bc']):.1e}", flush=True)
    memory = []
    if 8 in args.qubits:  # memory per chunk at N = 8 (engine grid, the GA's scoring jobs) and N = 10
        points = ga_throughput.score_points(args.ga_config) or N_TIMES
        memory = [ga_throughput.memory_probe(8, N_TIMES, batch_for(8, args), max(args.genes)),
                  ga_throughput.memory_probe(8, points, ga_throughput.grid_chunk(8, points), max(args.genes),
                                             fast=True),
                  ga_throughput.memory_probe(10, N_TIMES, 1, 60),
                  ga_throughput.memory_probe(10, N_TIMES, 1, 60, fast=True)]
    prof = None if args.quick else profile(max(args.qubits), max(args.genes), args)
    blas = None if args.quick else blas_check(max(args.qubits))
    wall = time.perf_counter() - t_start
    print()
    print_table(results)
    tg = targets(results)
    if tg:
        print(f"\ntargets at N={TARGET_N}, {TARGET_G} genes: (c)/(a) = {tg['c_over_a']:.0f}x "
              f"({'met' if tg['a_ok'] else 'NOT met'}, >= 100x); (c)/(b) = {tg['c_over_b']:.2f}x "
              f"({'met' if tg['b_ok'] else 'NOT met'}, > 1)")
    if prof:
        print(f"profile N={prof['n']} G={prof['genes']}: " + ", ".join(
            f"{k} {prof[k]:.3f}s" for k in ("states", "sense", "eigh", "rest", "b_total", "c_total", "c_eigh")))
    if blas:
        print(f"blas check: {blas}")
    print(f"wall {wall:.0f} s")
    if args.output:
        ga_rows = [r["ga"] for r in results if r.get("ga")]
        ga_section = ga_throughput.markdown(ga_rows[0] if ga_rows else None, memory)
        text = markdown(results, prof, blas, args, command_line(argv), started, load_start, loadavg(), wall, memory,
                        ga_section)
        write_section(Path(args.output), SECTION, text)
        print(f"wrote section '{SECTION}' of {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(ARGS, sys.argv[1:]))
