"""Independent re-scoring of a regenerated Table 1, cell by cell (issue 8's acceptance check).

    python benchmarks/verify_table.py results/table1 [--output benchmarks/RESULTS.md]

For every cell of ``<table>.csv`` this recomputes, outside the JAX engine, the VQS and GHZ QCRB
at the cell's stated operating point and claimed t*: the probe state from PennyLane's
``default.qubit`` (its own gate matrices), the exact per-qubit channel and its derivative from
scipy's expm (Van Loan block), the product rule in numpy and the numpy SLD
(:mod:`vqs.physics.kernel.sld`). Per unit time QCRB = t / F(t) (single) or t Tr F^-1(t) (multi). It
then reports, at that t*, how much the VQS QCRB moves when the operating point moves by 1e-4
along +-each axis and when every gene angle moves by 1e-5 (random signs, seeded), and checks
bound <= VQS <= GHZ. Criteria: agreement <= 1e-4 relative, moves < 0.5%.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import sys
from pathlib import Path

import numpy as np
import pennylane as qml
from _sections import write_section  # benchmarks/_sections.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ansatz import Circuit  # noqa: E402
from ansatz.io import load_circuit  # noqa: E402
from ansatz.pennylane_ops import to_ops  # noqa: E402
from vqs.io import read_json  # noqa: E402
from vqs.physics.kernel.sld import qfim  # noqa: E402
from vqs.physics.model.sensing_model import SensingModel  # noqa: E402

SECTION = "## Table 1 verification"


def statevector(circuit: Circuit) -> np.ndarray:
    dev = qml.device("default.qubit", wires=circuit.n_qubits)

    @qml.qnode(dev)
    def probe():
        for op in to_ops(circuit):
            qml.apply(op)
        return qml.state()

    return np.asarray(probe())


def state_and_derivatives(model: SensingModel, psi: np.ndarray, t: float, theta=None):
    """rho and d rho / d theta_a of S_theta(t) on each sensed wire (the first N), identity on the
    ancillas (the last wires), applied to |psi><psi|: numpy tensor contractions of our own, apart
    from the library's kernel."""
    n, w = model.n_qubits, model.n_wires
    s, ds = model.channel(t, theta)
    x = np.outer(psi, psi.conj()).reshape((2,) * (2 * w))
    dx = [np.zeros_like(x) for _ in range(ds.shape[0])]

    def apply(m, y, k):
        out = np.tensordot(m.reshape(2, 2, 2, 2), y, axes=([2, 3], [k, w + k]))
        return np.moveaxis(out, (0, 1), (k, w + k))

    for k in range(n):
        dx = [apply(s, dx[a], k) + apply(ds[a], x, k) for a in range(ds.shape[0])]
        x = apply(s, x, k)
    d = 2**w
    return x.reshape(d, d), np.array([y.reshape(d, d) for y in dx])


def qcrb_per_time(model: SensingModel, psi: np.ndarray, t: float, theta=None) -> float:
    """t/F (single) or t Tr F^-1 (multi) of S_theta(t)^{⊗N}(|psi><psi|), all numpy."""
    f = qfim(*state_and_derivatives(model, psi, t, theta))
    return float(t * np.trace(np.linalg.inv(f)))


def verify(table: Path) -> list[dict]:
    rows = list(csv.DictReader(open(f"{str(table).rstrip('/')}.csv")))
    rng = np.random.default_rng(0)
    out = []
    for r in rows:
        cell = table.parent / r["run_dir"]
        result = read_json(cell / "result.json")
        theta0 = tuple(result["operating_point"])
        model = SensingModel(result["n_qubits"], result["task"], result["noise"], result["gamma"],
                             operating_point=theta0)
        circuit = load_circuit(cell / "circuit.json")
        psi = statevector(circuit)
        ghz = statevector(Circuit(model.n_qubits, (), "ghz"))
        t_v, t_g = result["vqs"]["t_star"], result["ghz"]["t_star"]
        vqs_q, ghz_q = qcrb_per_time(model, psi, t_v), qcrb_per_time(model, ghz, t_g)
        moves = []
        for a in range(len(theta0)):
            for sign in (1, -1):
                theta = np.array(theta0) + sign * 1e-4 * np.eye(len(theta0))[a]
                moves.append(abs(qcrb_per_time(model, psi, t_v, theta) / vqs_q - 1))
        angle_move = 0.0
        if circuit.genes:
            signs = rng.choice([-1.0, 1.0], len(circuit.genes))
            shifted = [g.angle + 1e-5 * s for g, s in zip(circuit.genes, signs)]
            angle_move = abs(qcrb_per_time(model, statevector(circuit.with_angles(shifted)), t_v) / vqs_q - 1)
        bound = float(r["bound_qcrb"]) if r["bound_qcrb"] else None
        out.append({
            "cell": Path(r["run_dir"]).name,
            "vqs_rel_diff": abs(vqs_q / float(r["vqs_qcrb"]) - 1),
            "ghz_rel_diff": abs(ghz_q / float(r["ghz_qcrb"]) - 1),
            "op_move": max(moves), "angle_move": angle_move,
            "ordered": bool((bound is None or bound <= vqs_q * (1 + 1e-9)) and vqs_q <= ghz_q * (1 + 1e-9)),
        })
    return out


def report(rows: list[dict], table: Path) -> str:
    worst = {k: max(r[k] for r in rows) for k in ("vqs_rel_diff", "ghz_rel_diff", "op_move", "angle_move")}
    ok = (worst["vqs_rel_diff"] <= 1e-4 and worst["ghz_rel_diff"] <= 1e-4 and worst["op_move"] < 5e-3
          and worst["angle_move"] < 5e-3 and all(r["ordered"] for r in rows))
    lines = [
        SECTION, "",
        f"`python benchmarks/verify_table.py {table}` on {datetime.date.today()}: {len(rows)} cells re-scored "
        "independently of the JAX engine (PennyLane default.qubit states, scipy expm channels, numpy SLD) at "
        "their stated operating point and claimed t*.", "",
        "| check | worst over all cells | criterion |", "|---|---|---|",
        f"| VQS QCRB, independent vs table | {worst['vqs_rel_diff']:.2e} | <= 1e-4 |",
        f"| GHZ QCRB, independent vs table | {worst['ghz_rel_diff']:.2e} | <= 1e-4 |",
        f"| VQS QCRB moved by operating point +-1e-4 (each axis) | {worst['op_move']:.2e} | < 5e-3 |",
        f"| VQS QCRB moved by every angle +-1e-5 | {worst['angle_move']:.2e} | < 5e-3 |",
        f"| bound <= VQS <= GHZ | {sum(r['ordered'] for r in rows)} of {len(rows)} cells | all |",
        "", f"Verdict: {'PASS' if ok else 'FAIL'}.", "",
    ]
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("table", type=Path, help="the table folder given to `vqs table --out`")
    p.add_argument("--output", type=Path, help="write or replace the section in this Markdown file")
    args = p.parse_args()
    rows = verify(args.table)
    for r in rows:
        print(f"{r['cell']:36s} vqs {r['vqs_rel_diff']:.1e} ghz {r['ghz_rel_diff']:.1e} "
              f"op {r['op_move']:.1e} angles {r['angle_move']:.1e} ordered {r['ordered']}")
    text = report(rows, args.table)
    print(text)
    if args.output:
        write_section(args.output, SECTION, text)
    return 0 if "PASS" in text else 1


if __name__ == "__main__":
    raise SystemExit(main())
