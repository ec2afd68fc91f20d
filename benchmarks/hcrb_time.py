#!/usr/bin/env python
"""HCRB wall time: one state of the multi task, N = 2..5, against an SDP (cvxpy + Clarabel) at N = 2, 3.

For GHZ and a random circuit (two identity layers, angles N(0, 1), seed 0) under amplitude damping
(gamma = 0.1) at the operating point (0.01, 0.02, 0.03) and t = 5: the time of
:func:`vqs.physics.kernel.holevo.hcrb` (median of ``--repeats`` after one warm-up call), of its gradient
with respect to the circuit angles and log t (:func:`vqs.physics.kernel.hcrb_grad.log_hcrb_and_grad`, compiled
beforehand), the HCRB, HCRB/QCRB, the duality gap, and at N <= ``--sdp-max`` the SDP's time and
its relative difference (tests/sdp_helpers.py: the SDP's X made feasible, the Holevo function there).

    python benchmarks/hcrb_time.py --output benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # sdp_helpers

import numpy as np  # noqa: E402
from _sections import write_section  # noqa: E402  (benchmarks/_sections.py, beside this script)

from ansatz import Circuit, identity_layers  # noqa: E402
from vqs.physics.kernel.hcrb_grad import log_hcrb_and_grad  # noqa: E402
from vqs.physics.kernel.holevo import hcrb  # noqa: E402
from vqs.physics.kernel.sensing import KernelModel  # noqa: E402
from vqs.physics.kernel.states import PackedCircuits  # noqa: E402
from vqs.physics.model.sensing_model import SensingModel  # noqa: E402
from vqs.physics.qfi import ghz_circuit  # noqa: E402
from vqs.physics.readout.measurement import output_state  # noqa: E402

SECTION = "## HCRB timing"


def _median_time(fn, repeats: int) -> float:
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _row(n: int, name: str, circuit: Circuit, t: float, repeats: int, sdp_max: int) -> str:
    model = SensingModel(n, "multi", "amplitude_damping", 0.1, operating_point=(0.01, 0.02, 0.03))
    rho, drho = output_state(circuit, model, t)
    r = hcrb(rho, drho)
    t_hcrb = _median_time(lambda: hcrb(rho, drho), repeats)
    packed = PackedCircuits.pack([circuit], max(1, len(circuit.genes))).row(0)
    km = KernelModel.of(model)
    t_grad = _median_time(lambda: log_hcrb_and_grad(packed.angle, np.log(t), packed, km, np.eye(3), False), repeats)
    sdp = "—"
    if n <= sdp_max:
        from sdp_helpers import sdp_hcrb

        start = time.perf_counter()
        value = sdp_hcrb(rho, drho)
        sdp = f"{time.perf_counter() - start:.2f} s ({(value - r.value) / r.value:+.1e})"
    line = (f"| {n} | {name} | {r.value:.6g} | {r.value / r.qcrb:.4f} | {r.gap:.1e} | {t_hcrb * 1e3:.1f} ms | "
            f"{t_grad * 1e3:.1f} ms | {sdp} |")
    print(line, flush=True)
    return line


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--qubits", default="2,3,4,5")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--sdp-max", type=int, default=3, help="largest N timed with the SDP (default 3)")
    p.add_argument("--output", help="write the '## HCRB timing' section of this Markdown file")
    args = p.parse_args()
    rows = []
    for n in (int(x) for x in args.qubits.split(",")):
        genes = identity_layers(n, 2)
        random = Circuit(n, genes, "ghz").with_angles(np.random.default_rng(0).normal(0.0, 1.0, len(genes)))
        for name, circuit in (("GHZ", ghz_circuit(n)), ("random", random)):
            rows.append(_row(n, name, circuit, 5.0, args.repeats, args.sdp_max))
    if args.output:
        command = "python benchmarks/hcrb_time.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
        text = "\n".join([
            SECTION, "",
            f"`{command}` ({datetime.date.today().isoformat()}, {platform.machine()}, {os.cpu_count()} cores shared "
            "with other jobs: absolute times vary with the load).", "",
            "One state of the multi task (amplitude damping gamma = 0.1, operating point (0.01, 0.02, 0.03), t = 5; "
            "GHZ and a random two-layer circuit). `hcrb`: vqs.physics.kernel.holevo.hcrb, median of "
            f"{args.repeats} calls after a warm-up; gradient: log C_H and its gradient in the angles and log t "
            "(vqs.physics.kernel.hcrb_grad, compiled); SDP: cvxpy + Clarabel (tests/sdp_helpers.py), its time and "
            "(SDP - ours) / ours. The requirement: one N = 5 state in <= 2 s.", "",
            "| N | probe | HCRB | HCRB/QCRB | duality gap | hcrb | gradient | SDP (difference) |",
            "|---|---|---|---|---|---|---|---|", *rows, ""])
        write_section(Path(args.output), SECTION, text)
        print(f"wrote section {SECTION!r} of {args.output}")


if __name__ == "__main__":
    main()
