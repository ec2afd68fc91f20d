"""Continuity of the table's "VQS + N ancillas" rows: each ancilla probe's t* HCRB (per unit time), re-scored by
vqs.physics.kernel.holevo on the independent PennyLane + numpy state of verify_multi_hcrb.py, with the operating
point moved by +-1e-4 on each axis and every angle moved by +-1e-5 (two seeded random sign draws); prints the
largest relative changes.

    python benchmarks/ancilla_continuity.py [results/table1]
"""

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # verify_multi_hcrb, beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # sdp_helpers, which it imports

from verify_multi_hcrb import _model, hcrb_per_time  # noqa: E402

from ansatz.io import load_circuit  # noqa: E402
from vqs.physics.model.sensing_model import SensingModel  # noqa: E402


def main() -> None:
    table = Path(sys.argv[1] if len(sys.argv) > 1 else "results/table1")
    worst_op = worst_ang = 0.0
    rng = np.random.default_rng(0)
    for cell in sorted((table / "cells").glob("multi_*")):
        anc = cell / "ancillas"
        if not (anc / "result.json").exists():
            continue
        r = json.load(open(anc / "result.json"))
        m, c, t = _model(r), load_circuit(anc / "circuit.json"), r["vqs"]["t_star"]
        base = hcrb_per_time(m, c, t, "kernel")
        for axis in range(3):
            for step in (1e-4, -1e-4):
                op = list(m.operating_point)
                op[axis] += step
                moved = SensingModel(m.n_qubits, "multi", m.noise, m.gamma, operating_point=tuple(op),
                                     ancillas=m.ancillas)
                worst_op = max(worst_op, abs(hcrb_per_time(moved, c, t, "kernel") / base - 1))
        angles = np.array([g.angle for g in c.genes])
        for _ in range(2):
            moved_c = c.with_angles(angles + rng.choice([-1e-5, 1e-5], angles.size))
            worst_ang = max(worst_ang, abs(hcrb_per_time(m, moved_c, t, "kernel") / base - 1))
        print(f"{cell.name}: t* HCRB {base:.6g}; worst so far: operating point {worst_op:.2e}, angles {worst_ang:.2e}",
              flush=True)
    print(f"worst relative change: operating point +-1e-4 {worst_op:.2e}; every angle +-1e-5 {worst_ang:.2e}")


if __name__ == "__main__":
    main()
