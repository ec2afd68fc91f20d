"""The report of benchmarks/fitness_throughput.py: its table, targets and RESULTS.md section."""

from __future__ import annotations

import os
import platform
from pathlib import Path

import jax
import numpy as np
import pennylane as qml
import scipy

SECTION = "## Fitness throughput"
REL_TOL = 1e-8
GAMMA = 0.1
N_TIMES = 32
TARGET_N, TARGET_G = 5, 60
BLAS_CHECK_MATRICES = 512  # small: with the default thread count a loaded machine takes ~10 ms per matrix


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


HEADER = ("N", "genes", "(a) circ/s", "(b) circ/s", "(c) circ/s", "(d) GA score circ/s", "(c)/(a)", "(c)/(b)",
          "(c) compile s", "(a) circuits", "(b), (c) population / chunk", "max rel err")


def table_rows(results):
    rows = []
    for r in results:
        ga = r.get("ga")
        d = "—" if ga is None else f"{ga['rates'][max(ga['rates'])]:.3g} ({max(ga['rates'])} workers)"
        rows.append((
            str(r["n"]), str(r["genes"]), f"{r['a']:.3g}", f"{r['b']:.4g}", f"{r['c']:.4g}", d,
            f"{r['c_over_a']:.0f}x", f"{r['c_over_b']:.2f}x", f"{r['compile_s']:.1f}", str(r["naive_circuits"]),
            f"{r['batch']} / {r['chunk']}", f"{max(r['err_ac'], r['err_bc']):.1e}",
        ))
    return rows


def print_table(results):
    rows = [HEADER] + table_rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    for k, row in enumerate(rows):
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths)))
        if k == 0:
            print("  ".join("-" * w for w in widths))


def targets(results):
    hit = [r for r in results if r["n"] == TARGET_N and r["genes"] == TARGET_G]
    if not hit:
        return None
    r = hit[0]
    return {"c_over_a": r["c_over_a"], "c_over_b": r["c_over_b"],
            "a_ok": r["c_over_a"] >= 100.0, "b_ok": r["c_over_b"] > 1.0}


def markdown(results, prof, blas, args, command, started, load_start, load_end, wall, memory, ga_section) -> str:
    """The RESULTS.md section: ``command`` the command line that reproduced it, ``ga_section`` the lines
    of ga_throughput.markdown."""
    tg = targets(results)
    lines = [SECTION, ""]
    lines.append(f"Command: `{command}` (run from the repository root)  ")
    lines.append(f"Date: {started:%Y-%m-%d %H:%M} UTC; wall time {wall:.0f} s  ")
    lines.append(
        f"Machine: `nproc` = {os.cpu_count()}, {cpu_model()}; load average {load_start} at start, "
        f"{load_end} at the end (shared machine: compare ratios, not absolute rates)  "
    )
    lines.append(
        f"Versions: python {platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__}, "
        f"jax {jax.__version__}, pennylane {qml.__version__}  "
    )
    blas_env = os.environ.get("OPENBLAS_NUM_THREADS", "unset")
    lines.append(f"Environment: OPENBLAS_NUM_THREADS={blas_env} (set by the script, `--blas-threads`)")
    lines.append("")
    lines.append(
        f"Single-parameter task, dephasing gamma = {GAMMA}, {N_TIMES} sensing times "
        "(`default_times`, 0.2 .. 20), random circuits (`ansatz.random_genes`, GHZ init, seed "
        f"{args.seed}), every circuit a new structure. One score = the QFI at all {N_TIMES} times. "
        "(a): median over the row's circuits of the "
        "time per circuit including the QNode's trace and compile. (b), (c): populations of the row's size "
        "(the engine runs them in kernel chunks of the row's chunk size), "
        "median time per population over interleaved rounds (a fresh population each round); "
        "(c)'s one-time compile per (N, genes) is excluded from its rate and shown separately. "
        "Max rel err: the largest relative disagreement (a) vs (c) and (b) vs (c) seen in the row "
        f"(the run aborts above {REL_TOL:g})."
    )
    lines.append("")
    rows = table_rows(results)
    lines.append("| " + " | ".join(HEADER) + " |")
    lines.append("|" + "---|" * len(HEADER))
    for row in rows:
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    if tg is None:
        lines.append(f"Targets (N = {TARGET_N}, {TARGET_G} genes): not measured in this run.")
    else:
        lines.append(
            f"Targets at N = {TARGET_N}, {TARGET_G} genes: (c) >= 100x (a): "
            f"**{'met' if tg['a_ok'] else 'NOT met'}** ({tg['c_over_a']:.0f}x); (c) faster than (b): "
            f"**{'met' if tg['b_ok'] else 'NOT met'}** ({tg['c_over_b']:.2f}x)."
        )
    lines += [""] + ga_section
    if prof:
        b_tot = prof["b_total"]
        lines.append("")
        lines.append(
            f"Where the time goes (N = {prof['n']}, {prof['genes']} genes, one population of {prof['batch']}, "
            f"medians of 3): (b) total {b_tot:.3f} s = states {prof['states']:.3f} s "
            f"({100 * prof['states'] / b_tot:.0f}%), sensing {prof['sense']:.3f} s "
            f"({100 * prof['sense'] / b_tot:.0f}%), "
            f"`np.linalg.eigh` {prof['eigh']:.3f} s ({100 * prof['eigh'] / b_tot:.0f}%), SLD/QFI rest "
            f"{prof['rest']:.3f} s ({100 * prof['rest'] / b_tot:.0f}%). (c) total {prof['c_total']:.3f} s, of which "
            f"its `jnp.linalg.eigh` alone on the same matrices takes {prof['c_eigh']:.3f} s "
            f"({100 * prof['c_eigh'] / prof['c_total']:.0f}%)."
        )
    if blas and "error" not in blas:
        lines.append("")
        lines.append(
            f"OpenBLAS threads (fresh processes, batched eigh of {BLAS_CHECK_MATRICES} Hermitian matrices "
            f"{2 ** max(args.qubits)}x{2 ** max(args.qubits)}, median of 3): numpy "
            f"{blas['1']['numpy']:.3f} s with OPENBLAS_NUM_THREADS=1 vs {blas['default']['numpy']:.3f} s unset; "
            f"jax {blas['1']['jax']:.3f} s vs {blas['default']['jax']:.3f} s. "
            "Hence the script sets 1 thread by default."
        )
    elif blas:
        lines.append("")
        lines.append(f"OpenBLAS thread check failed: {blas['error']}")
    lines.append("")
    return "\n".join(lines)
