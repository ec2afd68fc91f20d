#!/usr/bin/env python
"""What noiseless ancillas buy: the best per-shot Tr F^-1 over ALL input states, with and without ancillas.

Multi task (vector field), N = 2 sensors, gamma = 0.1, the table's operating point (gamma/10 on each
axis), at a fixed sensing time per noise (issue 21 item 7: dephasing t = 7.6, amplitude damping
t = 16.5). For k = 0 and k = ``--ancillas`` noiseless ancillas, L-BFGS over every (N + k)-qubit
pure input state (real and imaginary parts of the state vector, the kernel's gradient through
:func:`vqs.physics.kernel.batched.score_from_rho0`; :func:`vqs.physics.optimum.multi_optimum.multi_optimum` with the
time held fixed) from ``--starts`` starts (GHZ over every wire, |+>^(N+k), seeded random states);
the best is printed, an estimate of the optimum (not a bound). The issue's independently checked
values: 0.0932 -> 0.0570 (dephasing), 0.0239 -> 0.0176 (amplitude damping).

    python benchmarks/ancillas.py --starts 8 --output benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import os
import shlex
import sys
import time
from pathlib import Path

from _sections import write_section  # benchmarks/_sections.py, beside this script

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Ancilla-assisted probes (brute force)"
CASES = (("dephasing", 7.6, 0.0932, 0.0570), ("amplitude_damping", 16.5, 0.0239, 0.0176))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--qubits", type=int, default=2)
    p.add_argument("--ancillas", type=int, default=2)
    p.add_argument("--gamma", type=float, default=0.1)
    p.add_argument("--starts", type=int, default=8)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--maxiter", type=int, default=2000)
    p.add_argument("--output", help=f"replace the '{SECTION[3:]}' section of this Markdown file")
    args = p.parse_args()
    if args.qubits < 1 or args.ancillas < 1 or args.starts < 1:
        p.error("--qubits, --ancillas and --starts must be >= 1")

    import jax

    jax.config.update("jax_enable_x64", True)
    from vqs.physics.model.sensing_model import SensingModel
    from vqs.physics.optimum.multi_optimum import multi_optimum

    b0 = args.gamma / 10
    rows = []
    for noise, t, issue_bare, issue_anc in CASES:
        found = {}
        for k in (0, args.ancillas):
            model = SensingModel(args.qubits, "multi", noise, args.gamma, operating_point=(b0, b0, b0), ancillas=k)
            started = time.perf_counter()
            est = multi_optimum(model, "per_shot", t, [t, t], starts=args.starts, seed=args.seed, maxiter=args.maxiter)
            found[k] = (est["qcrb"], time.perf_counter() - started)
            print(f"{noise} t={t:g} k={k}: best Tr F^-1 = {est['qcrb']:.6g} "
                  f"(starts {', '.join(f'{v:.4g}' for v in est['start_qcrbs'])}; {found[k][1]:.1f} s)", flush=True)
        rows.append((noise, t, found[0], found[args.ancillas], issue_bare, issue_anc))

    date = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    command = "python benchmarks/ancillas.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    lines = [SECTION, "",
             f"Measured {date} on this 2-core machine (shared) with `{command}`: multi task, N = {args.qubits} "
             f"sensors, gamma = {args.gamma:g}, B0 = gamma/10 on each axis, per-shot Tr F^-1 at a fixed t; best of "
             f"{args.starts} L-BFGS optimisations over all input states (GHZ, |+>, seeded random; seed {args.seed}), "
             "an estimate of the optimum, not a bound. Issue 21's independent values beside ours.", "",
             f"| noise | t | no ancilla | issue | {args.ancillas} ancillas | issue | gain | wall time (s) |",
             "|---|---|---|---|---|---|---|---|"]
    for noise, t, (bare, tb), (anc, ta), ib, ia in rows:
        lines.append(f"| {noise} | {t:g} | {bare:.4f} | {ib:.4f} | {anc:.4f} | {ia:.4f} | x{bare / anc:.3f} | "
                     f"{tb:.0f} + {ta:.0f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        write_section(Path(args.output), SECTION, text)


if __name__ == "__main__":
    main()
