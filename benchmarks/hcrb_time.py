#!/usr/bin/env python
"""HCRB wall time: one state of the multi task, N = 2..5, against an SDP (cvxpy + Clarabel) at N = 2, 3.

Also the states of the table's "VQS + N ancillas" rows (``--ancillas``, default N = 3, 4: N sensors and N
noiseless ancillas, 2N qubits, GHZ and the random circuit over all of them).

For GHZ and a random circuit (two identity layers, angles N(0, 1), seed 0) under amplitude damping
(gamma = 0.1) at the operating point (0.01, 0.02, 0.03) and t = 5: the time of
:func:`vqs.physics.kernel.holevo.hcrb` (median of ``--repeats`` after one warm-up call), of its gradient
with respect to the circuit angles and log t (:func:`vqs.physics.kernel.hcrb_grad.log_hcrb_and_grad`, compiled
beforehand), the HCRB, HCRB/QCRB, the duality gap, and at N <= ``--sdp-max`` the SDP's time and
its relative difference (tests/sdp_helpers.py: the SDP's X made feasible, the Holevo function there).

    python benchmarks/hcrb_time.py --output benchmarks/RESULTS.md

``--against FILE`` times another version of vqs/physics/kernel/holevo.py on the same states (e.g.
``git show 1417946:vqs/physics/kernel/holevo.py > /tmp/holevo_old.py``): its time, and the largest relative
difference of the value, the QCRB and both gradients from today's kernel.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
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


def _load_kernel(path: str | None):
    if path is None:
        return None
    spec = importlib.util.spec_from_file_location("holevo_against", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _against(other, rho, drho, r, repeats: int) -> str:
    o = other.hcrb(rho, drho)
    grads = ((o.grad_rho, r.grad_rho), (o.grad_drho, r.grad_drho))
    diff = max(abs(o.value - r.value) / r.value, abs(o.qcrb - r.qcrb) / r.qcrb,
               *(np.abs(a - b).max() / np.abs(b).max() for a, b in grads))
    return f" {_median_time(lambda: other.hcrb(rho, drho), repeats) * 1e3:.1f} ms ({diff:.0e}) |"


def _row(n: int, name: str, circuit: Circuit, t: float, repeats: int, sdp_max: int, ancillas: int = 0,
         other=None) -> str:
    model = SensingModel(n, "multi", "amplitude_damping", 0.1, operating_point=(0.01, 0.02, 0.03), ancillas=ancillas)
    rho, drho = output_state(circuit, model, t)
    r = hcrb(rho, drho)
    t_hcrb = _median_time(lambda: hcrb(rho, drho), repeats)
    packed = PackedCircuits.pack([circuit], max(1, len(circuit.genes))).row(0)
    km = KernelModel.of(model)
    t_grad = _median_time(lambda: log_hcrb_and_grad(packed.angle, np.log(t), packed, km, np.eye(3), False), repeats)
    sdp = "—"
    if n + ancillas <= sdp_max:
        from sdp_helpers import sdp_hcrb

        start = time.perf_counter()
        value = sdp_hcrb(rho, drho)
        sdp = f"{time.perf_counter() - start:.2f} s ({(value - r.value) / r.value:+.1e})"
    label = f"{n} + {ancillas} anc" if ancillas else f"{n}"
    line = (f"| {label} | {name} | {r.value:.6g} | {r.value / r.qcrb:.4f} | {r.gap:.1e} | {t_hcrb * 1e3:.1f} ms | "
            f"{t_grad * 1e3:.1f} ms | {sdp} |" + ("" if other is None else _against(other, rho, drho, r, repeats)))
    print(line, flush=True)
    return line


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--qubits", default="2,3,4,5")
    p.add_argument("--ancillas", default="3,4", help="N of the ancilla-row states (N + N qubits; '' for none)")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--against", help="another holevo.py to time on the same states (its time, its largest difference)")
    p.add_argument("--sdp-max", type=int, default=3, help="largest N timed with the SDP (default 3)")
    p.add_argument("--output", help="write the '## HCRB timing' section of this Markdown file")
    args = p.parse_args()
    other = _load_kernel(args.against)
    rows = []
    cases = [(int(x), 0) for x in args.qubits.split(",")] + [(int(x), int(x)) for x in args.ancillas.split(",") if x]
    for n, k in cases:
        genes = identity_layers(n + k, 2)
        angles = np.random.default_rng(0).normal(0.0, 1.0, len(genes))
        random = Circuit(n + k, genes, "ghz", ancillas=k).with_angles(angles)
        ghz = Circuit(n + k, [], "ghz", ancillas=k)
        for name, circuit in (("GHZ", ghz), ("random", random)):
            rows.append(_row(n, name, circuit, 5.0, args.repeats, args.sdp_max, k, other))
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
            "(SDP - ours) / ours. The requirement: one N = 5 state in <= 2 s. 'N + N anc': the states of the "
            "table's ancilla rows (2N qubits, the last N noiseless and not sensed).", "",
            *([] if other is None else [f"Last column: `hcrb` of {args.against} on the same state, and in brackets the "
                                        "largest relative difference of its value, QCRB and gradients from ours.", ""]),
            "| N | probe | HCRB | HCRB/QCRB | duality gap | hcrb | gradient | SDP (difference) |"
            + ("" if other is None else " other kernel |"),
            "|---|---|---|---|---|---|---|---|" + ("" if other is None else "---|"), *rows, ""])
        write_section(Path(args.output), SECTION, text)
        print(f"wrote section {SECTION!r} of {args.output}")


if __name__ == "__main__":
    main()
