"""Independent check of the multi-task HCRB cells of a table and of issue 21's done-when criteria.

    python benchmarks/verify_multi_hcrb.py results/table1 [--old OLD_TABLE.csv]
        [--output benchmarks/RESULTS.md]

For every multi-task row with an HCRB figure this re-scores, outside the JAX engine and outside
vqs.physics.kernel.holevo, the HCRB of the VQS probe, of GHZ and (where the row has one) of the
"VQS + N ancillas" probe at the cell's stated operating point and claimed t*: the probe state from
PennyLane's ``default.qubit``, the exact per-qubit channel and its derivative from scipy's expm
(:meth:`SensingModel.channel`) applied in numpy to the sensed wires only (ancillas untouched), and
the HCRB from the cvxpy + Clarabel SDP of tests/sdp_helpers.py (probes of at most ``--sdp-max-wires`` qubits,
default 4; on larger ones the interior-point SDP of size 2^n x 2^n takes too long, and the HCRB of the same
independent state comes from vqs.physics.kernel.holevo, whose duality gap certifies its minimum: the column
names the engine). Per unit time: t* HCRB(t*).
Then it checks: VQS HCRB <= GHZ HCRB; VQS HCRB within 1% of the estimate; bound <= VQS QCRB <=
VQS HCRB; the bound at least as tight as the componentwise one (the old bound, optimum.json) and as
the bound of the ``--old`` table's cell; ancilla rows >= the bound and <= the cell's VQS HCRB; at
N = 2 the ancilla QCRB within 15% of the bound.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import sys
from pathlib import Path

from _sections import write_section  # benchmarks/_sections.py, beside this script
from verify_table import state_and_derivatives, statevector  # beside this script (PennyLane, numpy)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sdp_helpers import sdp_hcrb  # noqa: E402

from ansatz import Circuit  # noqa: E402
from ansatz.io import load_circuit  # noqa: E402
from vqs.io import read_json  # noqa: E402
from vqs.physics.kernel.holevo import hcrb  # noqa: E402
from vqs.physics.model.sensing_model import SensingModel  # noqa: E402

SECTION = "## Multi-task HCRB cells: independent check and issue 21's criteria"
TOL = 1e-4
GAP = 1e-6  # the kernel's relative duality gap accepted as a certificate of its minimum


def hcrb_per_time(model, circuit: Circuit, t: float, engine: str = "sdp") -> float:
    """t HCRB(t) of the independent state: by the SDP, or (``engine="kernel"``) by vqs.physics.kernel.holevo,
    the fallback where Clarabel is inaccurate (eigenvalues of rho near its 1e-12 support cut-off)."""
    rho, drho = state_and_derivatives(model, statevector(circuit), t)
    if engine == "kernel":
        r = hcrb(rho, drho, model.weight_matrix())
        if not r.gap <= GAP:  # the minimum is certified by the dual, not taken on trust
            print(f"kernel HCRB of {model.n_wires} qubits at t = {t:g}: relative duality gap {r.gap:.1e} > {GAP:g}")
            return float("nan")
        return t * float(r.value)
    return t * sdp_hcrb(rho, drho, model.weight_matrix())


def _model(result: dict) -> SensingModel:
    return SensingModel(result["n_qubits"], result["task"], result["noise"], result["gamma"],
                        operating_point=tuple(result["operating_point"]), ancillas=result.get("ancillas", 0))


def _f(row: dict, key: str) -> float | None:
    return float(row[key]) if row.get(key) else None


def _engines(model, sdp_max_wires: int) -> tuple[str, ...]:
    """The SDP first where the probe is small enough, then the kernel (where the SDP is inaccurate or too slow)."""
    return ("sdp", "kernel") if model.n_wires <= sdp_max_wires else ("kernel",)


def _rescore(model, circuit: Circuit, t: float, claimed: float, sdp_max_wires: int) -> tuple[float, str]:
    """(|re-scored / claimed - 1|, engine) of one probe's t* HCRB."""
    for engine in _engines(model, sdp_max_wires):
        rel = abs(hcrb_per_time(model, circuit, t, engine) / claimed - 1)
        if rel <= TOL:
            break
    return rel, engine


def verify(table: Path, old: Path | None, sdp_max_wires: int = 4, cells: set[str] | None = None) -> list[dict]:
    rows = [r for r in csv.DictReader(open(f"{str(table).rstrip('/')}.csv"))
            if r["task"] == "multi" and r["figure_of_merit"].startswith("hcrb")
            and (cells is None or Path(r["run_dir"]).name in cells)]
    old_bounds = {}
    if old is not None and old.exists():
        old_bounds = {(r["task"], r["noise"], r["gamma"], r["nodes"]): _f(r, "bound_qcrb")
                      for r in csv.DictReader(open(old))}
    out = []
    for r in rows:
        cell = table.parent / r["run_dir"]
        result = read_json(cell / "result.json")
        model = _model(result)
        v = {k: _f(r, k) for k in r if k.endswith(("hcrb", "qcrb", "t_star", "over_optimum"))}
        check = {"cell": cell.name, "nodes": int(r["nodes"])}
        check["vqs_rel"], check["vqs_engine"] = _rescore(model, load_circuit(cell / "circuit.json"), v["vqs_t_star"],
                                                         v["vqs_hcrb"], sdp_max_wires)
        check["ghz_rel"], check["ghz_engine"] = _rescore(model, Circuit(model.n_wires, (), "ghz"), v["ghz_t_star"],
                                                         v["ghz_hcrb"], sdp_max_wires)
        bound = v["bound_qcrb"]
        componentwise = read_json(cell / "optimum.json")["bound"].get("componentwise_qcrb")
        old_bound = old_bounds.get((r["task"], r["noise"], r["gamma"], r["nodes"]))
        check.update(
            vqs_le_ghz=v["vqs_hcrb"] <= v["ghz_hcrb"] * (1 + 1e-9),
            vqs_over_estimate=v["vqs_over_optimum"],
            ordered=bound <= v["vqs_qcrb"] * (1 + 1e-9) and v["vqs_qcrb"] <= v["vqs_hcrb"] * (1 + 1e-9),
            bound_over_old=bound / max(x for x in (componentwise, old_bound) if x),
            vqs_hcrb=v["vqs_hcrb"], vqs_qcrb=v["vqs_qcrb"], ghz_hcrb=v["ghz_hcrb"], estimate_hcrb=v["estimate_hcrb"],
            bound=bound, old_bound=old_bound)
        if v.get("vqs_anc_hcrb") is not None:
            anc = cell / "ancillas"
            anc_model = _model(read_json(anc / "result.json"))
            check["anc_rel"], check["anc_engine"] = _rescore(anc_model, load_circuit(anc / "circuit.json"),
                                                             v["vqs_anc_t_star"], v["vqs_anc_hcrb"], sdp_max_wires)
            check.update(anc_hcrb=v["vqs_anc_hcrb"], anc_qcrb=v["vqs_anc_qcrb"],
                         anc_ge_bound=v["vqs_anc_qcrb"] >= bound * (1 - 1e-9),
                         anc_le_vqs=v["vqs_anc_hcrb"] <= v["vqs_hcrb"] * (1 + 1e-9),
                         anc_over_bound=v["vqs_anc_qcrb"] / bound,
                         anc_over_estimate=v["vqs_anc_hcrb"] / v["estimate_anc_hcrb"]
                         if v.get("estimate_anc_hcrb") else None)
        out.append(check)
    return out


def _yes(x) -> str:
    return "" if x is None else ("yes" if x else "NO")


def report(rows: list[dict], table: Path, old: Path | None, sdp_max_wires: int = 4) -> str:
    head = ("| cell | HCRB re-score (VQS, GHZ, anc) | VQS <= GHZ | VQS / est. (<= 1.01) | bound <= Q <= H "
            "| bound / old (>= 1) | anc >= bound | anc <= VQS | anc Q / bound | anc H / anc est. |")
    lines = [SECTION, "",
             f"`python benchmarks/verify_multi_hcrb.py {table}" + (f" --old {old}" if old else "")
             + f"` on {datetime.date.today()}: {len(rows)} multi-task HCRB cells; HCRB re-scored on PennyLane states "
             "with numpy channels at the stated operating point and t* by the SDP of tests/sdp_helpers.py (probes of "
             f"<= {sdp_max_wires} qubits; 'by kernel': vqs.physics.kernel.holevo on the same independent state, its "
             f"relative duality gap <= {GAP:g} certifying the minimum) (criterion <= {TOL:g} relative). "
             "Per unit time (t* HCRB).", "", head,
             "|" + "---|" * (head.count("|") - 1)]
    for c in rows:
        rel = ", ".join(f"{c[k]:.1e}" for k in ("vqs_rel", "ghz_rel", "anc_rel") if k in c)
        by_kernel = [k for k in ("vqs", "ghz", "anc") if c.get(f"{k}_engine") == "kernel"]
        rel += f" ({', '.join(by_kernel)} by kernel)" if by_kernel else ""
        anc_ratio = "" if "anc_over_bound" not in c else f"{c['anc_over_bound']:.4f}" + (
            " (N = 2: <= 1.15 " + _yes(c["anc_over_bound"] <= 1.15) + ")" if c["nodes"] == 2 else "")
        lines.append(
            f"| {c['cell']} | {rel} | {_yes(c['vqs_le_ghz'])} | {c['vqs_over_estimate']:.4f} | {_yes(c['ordered'])} "
            f"| {c['bound_over_old']:.4f} | {_yes(c.get('anc_ge_bound'))} | {_yes(c.get('anc_le_vqs'))} "
            f"| {anc_ratio} | " + ("" if c.get("anc_over_estimate") is None else f"{c['anc_over_estimate']:.4f}")
            + " |")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("table", type=Path, help="the table folder given to `vqs table --out`")
    p.add_argument("--old", type=Path, help="an older table's CSV whose bounds the new ones must not be below")
    p.add_argument("--output", type=Path, help="write or replace the section in this Markdown file")
    p.add_argument("--sdp-max-wires", type=int, default=4, help="the SDP re-scores probes of at most this many qubits")
    p.add_argument("--cells", help="comma-separated cell names to check (default: every multi-task HCRB cell)")
    args = p.parse_args()
    rows = verify(args.table, args.old, args.sdp_max_wires, set(args.cells.split(",")) if args.cells else None)
    for c in rows:
        print(c)
    text = report(rows, args.table, args.old, args.sdp_max_wires)
    print(text)
    if args.output:
        write_section(args.output, SECTION, text)
    ok = all(c["vqs_rel"] <= TOL and c["ghz_rel"] <= TOL and c.get("anc_rel", 0) <= TOL for c in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
