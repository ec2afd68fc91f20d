"""``vqs purify``: entanglement purification rounds on a Bell-diagonal or Werner pair."""

from __future__ import annotations

from vqs.errors import VqsError
from vqs.io import dumps_json
from vqs.network import paper
from vqs.network.purification import BELL_ORDER, check_bell, check_fidelity, purify, werner


def register(sub) -> None:
    p = sub.add_parser(
        "purify",
        help="DEJMPS / BBPSSW / paper-mode purification rounds of an entangled pair",
        description="Per round: Bell-diagonal coefficients (order Phi+, Psi-, Psi+, Phi-), fidelity, "
        "success probability and cumulative yield (two pairs in, at most one out). 'paper' "
        "iterates Eq. 5 of the P-IQSC paper as printed (not physical; see docs/network.md) and, like the "
        "paper, accepts only F > 1/2.",
    )
    p.add_argument("--protocol", choices=("dejmps", "bbpssw", "paper"), default="dejmps",
                   help="dejmps or bbpssw (exact, on the Bell-diagonal state) or paper (Eq. 5 of the P-IQSC paper "
                   "as printed); default dejmps")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--bell", help="Bell-diagonal weights A,B,C,D of Phi+, Psi-, Psi+, Phi-")
    src.add_argument("--fidelity", type=float, help="Werner pair of this fidelity")
    p.add_argument("--rounds", type=int, required=True, help="number of rounds (>= 0)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def _coefficients(args):
    if args.bell is not None:
        try:
            vals = [float(x) for x in args.bell.split(",")]
        except ValueError:
            raise VqsError(f"--bell must be 4 comma-separated numbers, got {args.bell!r}") from None
        return check_bell(vals)
    return werner(check_fidelity(args.fidelity, "--fidelity"))


def _paper_rounds(coeffs, rounds: int) -> list[dict]:
    f = float(coeffs[0])
    out = [{"round": 0, "coefficients": [float(x) for x in coeffs], "fidelity": f,
            "success_probability": 1.0, "yield": 1.0}]
    y = 1.0
    for k in range(1, rounds + 1):
        p = float(paper.eq5_success(f))
        f = float(paper.eq5_fidelity(f))
        y *= p / 2.0
        r = (1.0 - f) / 3.0
        out.append({"round": k, "coefficients": [f, r, r, r], "fidelity": f,
                    "success_probability": p, "yield": y})
    return out


def run(args) -> int:
    if args.rounds is None or args.rounds < 0 or args.rounds > 64:
        raise VqsError(f"--rounds must be an integer in [0, 64], got {args.rounds}")
    coeffs = _coefficients(args)
    if args.protocol == "paper" and coeffs[0] <= 0.5:
        raise VqsError(f"--protocol paper: Eq. 5 of the P-IQSC paper holds only for F > 1/2, got F = {coeffs[0]:g}; "
                       "use --protocol dejmps or bbpssw")
    if args.protocol == "paper":
        rounds = _paper_rounds(coeffs, args.rounds)
    else:
        rounds = [r.to_dict() for r in purify(coeffs, args.rounds, args.protocol)]
    if args.json:
        print(dumps_json({"protocol": args.protocol, "order": list(BELL_ORDER), "rounds": rounds}, indent=2))
        return 0
    print(f"protocol {args.protocol}; coefficients in order {', '.join(BELL_ORDER)}")
    print(f"{'round':>5}  {'A':>9} {'B':>9} {'C':>9} {'D':>9}  {'fidelity':>9}  {'p_success':>9}  {'yield':>10}")
    for r in rounds:
        a, b, c, d = r["coefficients"]
        print(f"{r['round']:>5}  {a:9.6f} {b:9.6f} {c:9.6f} {d:9.6f}  {r['fidelity']:9.6f}  "
              f"{r['success_probability']:9.6f}  {r['yield']:10.4e}")
    if args.protocol == "paper":
        print("note: paper mode iterates Eq. 5 of the P-IQSC paper as printed; its normalisation omits the "
              "agreeing Psi-type pairs (see docs/network.md)")
    return 0
