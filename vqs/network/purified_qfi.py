r"""The purified IQSC sensing claim (seed 000): does purification raise the sensing QFI?

The probe is a Bell pair with a phase on one half, :math:`U(\theta) = e^{-i\theta Z/2} \otimes I`, and
the pair is Bell diagonal with weights (A, B, C, D) on (Phi+, Psi-, Psi+, Phi-) (a Werner pair of
fidelity F, then purified). :math:`Z\otimes I` swaps Phi+ with Phi- and Psi+ with Psi-, so the
generator :math:`G = Z\otimes I/2` couples only those pairs (:math:`|\langle i|G|j\rangle|^2 = 1/4`)
and the QFI of the encoded state is

.. math:: F_Q = \frac{(A - D)^2}{A + D} + \frac{(B - C)^2}{B + C}

(1 for the pure pair; :math:`3w^2/(2F+1)` for a Werner pair, w = (4F-1)/3; a term with a zero
denominator is 0). Per *input* pair, k rounds keep the yield :math:`Y_k = \prod_i p_i/2`, so the
information per pair drawn from the source is :math:`Y_k F_Q`. Two purifications: DEJMPS (exact,
Bell diagonal, :mod:`vqs.network.purification`) and the paper's Eq. 5 (Werner in, Werner out,
its own success probability; F > 1/2).
"""

from __future__ import annotations

import numpy as np

from vqs.network import paper
from vqs.network.figures import png_bytes
from vqs.network.purification import check_bell, purify, werner


def bell_pair_qfi(coefficients) -> float:
    """QFI of the Bell-diagonal pair (Phi+, Psi-, Psi+, Phi-) under e^{-i theta Z/2} on one half."""
    a, b, c, d = check_bell(coefficients)

    def term(x, y):
        return 0.0 if x + y <= 0 else (x - y) ** 2 / (x + y)

    return float(term(a, d) + term(b, c))


def qfi_vs_rounds(fidelity: float, rounds: int) -> dict[str, np.ndarray]:
    """Per round k = 0..rounds: the fidelity, QFI per purified pair and per input pair (times the
    yield), for exact DEJMPS and for the paper's Eq. 5 (a Werner pair after each round)."""
    dejmps = purify(werner(fidelity), rounds, "dejmps")
    f_paper = paper.eq5_rounds(fidelity, rounds)
    y_paper = np.cumprod(np.r_[1.0, np.asarray(paper.eq5_success(f_paper[:-1])) / 2.0]) if rounds else np.ones(1)
    q_paper = np.array([bell_pair_qfi(werner(float(f))) for f in f_paper])
    q_dejmps = np.array([bell_pair_qfi(r.coefficients) for r in dejmps])
    return {
        "round": np.arange(rounds + 1, dtype=float),
        "fidelity_dejmps": np.array([r.fidelity for r in dejmps]),
        "qfi_dejmps": q_dejmps,
        "qfi_per_input_pair_dejmps": q_dejmps * np.array([r.yield_ for r in dejmps]),
        "fidelity_paper_eq5": f_paper,
        "qfi_paper_eq5": q_paper,
        "qfi_per_input_pair_paper_eq5": q_paper * y_paper,
    }


def claim_summary(fidelities=(0.55, 0.6, 0.7, 0.8, 0.9, 0.95), rounds: int = 3) -> dict:
    """Where purification raises the QFI: for each input fidelity, the QFI at 0 and 1..rounds rounds
    (DEJMPS, per purified pair and per input pair)."""
    out = {}
    for f in fidelities:
        t = qfi_vs_rounds(float(f), rounds)
        out[f"{f:g}"] = {k: [float(x) for x in t[k]] for k in
                         ("qfi_dejmps", "qfi_per_input_pair_dejmps", "qfi_paper_eq5", "qfi_per_input_pair_paper_eq5")}
    return out


def figure(table: dict[str, np.ndarray], fidelity: float) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a1, a2) = plt.subplots(1, 2, figsize=(10, 4))
    r = table["round"]
    a1.plot(r, table["qfi_dejmps"], "s-", label="DEJMPS (exact)")
    a1.plot(r, table["qfi_paper_eq5"], "o--", label="paper Eq. 5 (Werner)")
    a1.axhline(1.0, color="k", lw=0.6)
    a1.text(r[-1], 1.0, "pure Bell pair: 1", ha="right", va="bottom", fontsize=8)
    a1.set_title("QFI per purified pair")
    a2.semilogy(r, table["qfi_per_input_pair_dejmps"], "s-", label="DEJMPS (exact) x yield")
    a2.semilogy(r, table["qfi_per_input_pair_paper_eq5"], "o--", label="paper Eq. 5 x its success / 2")
    a2.set_title("QFI per input pair (times the yield)")
    for ax in (a1, a2):
        ax.set_xlabel("purification rounds")
        ax.set_ylabel("QFI of e^{-i theta Z/2} on one half")
        ax.legend(fontsize=8)
    fig.suptitle(f"Phase-encoded Bell pair from a Werner pair of fidelity F = {fidelity:g}")
    fig.tight_layout()
    return png_bytes(fig)
