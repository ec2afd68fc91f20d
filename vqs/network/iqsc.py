"""P-IQSC metrics and figures of seed 000 (Figs. 2, 5, 6, 7), paper formulas beside exact physics.

Tables (dicts of equal-length numpy columns), computed from an :class:`IqscConfig`:

- ``fig2``: fidelity vs purification round from F0: paper Eq. 5, exact DEJMPS (Werner input,
  Bell-diagonal output fed to the next round), exact BBPSSW; with DEJMPS success and yield.
- ``fig5``: secrecy capacity vs error rate e (the paper identifies e = 1 - F): C_s (Eq. 10),
  C_2 paper (Eqs. 11-14), and C_2 exact = (N(e)/2) C_s(1 - F'(e)) with the exact DEJMPS success
  probability N(e) and the 1/2 pair yield.
- ``fig6``: variance and detection probabilities (Table II) vs payload ratio p_e, before and
  after n rounds via Eq. 15 (p_e' = alpha p_e^(2^n)). Because Eq. 15 makes p_e smaller and the
  variance is 1/(p_e m N^2), the variance *grows* after "purification" (p_e = 0.2, m = 100,
  N = 2: 0.0125 -> 0.0625 -> 1.5625), the opposite of the seed's narrative; the figure says so.
  The seed's text calls Fig. 6's axis "error rate"; Table II's formulas take p_e, which we plot.
- ``fig7``: e, F = 1 - e, F'(e) (Eq. 11), payload ratio and capacities. The paper gives no
  formula for the payload ratio; we take p_e = F (stated in the output as an assumption).

Figures draw secrecy capacities only where they are > 0 and mark the zero crossings (a negative
value of Eq. 10/13 means no secure rate); the CSVs keep the formulas' values.
"""

from __future__ import annotations

import numpy as np

from vqs.network import paper
from vqs.network.config import IqscConfig
from vqs.network.figures import png_bytes
from vqs.network.purification import purify, werner


def exact_purified_capacity(e):
    """C_2 with the exact DEJMPS/BBPSSW success probability on Werner F = 1 - e and yield 1/2."""
    e = np.asarray(e, dtype=float)
    f = 1.0 - e
    n = f * f + 2.0 * f * (1.0 - f) / 3.0 + 5.0 * (1.0 - f) ** 2 / 9.0
    e2 = np.clip(1.0 - paper.eq11_fidelity(e), 0.0, 1.0)
    return 0.5 * n * paper.secrecy_capacity(e2)


def fig2(cfg: IqscConfig) -> dict[str, np.ndarray]:
    k = cfg.rounds
    d = purify(werner(cfg.initial_fidelity), k, "dejmps")
    b = purify(werner(cfg.initial_fidelity), k, "bbpssw")
    return {
        "round": np.arange(k + 1),
        "fidelity_paper_eq5": paper.eq5_rounds(cfg.initial_fidelity, k),
        "fidelity_dejmps": np.array([r.fidelity for r in d]),
        "fidelity_bbpssw": np.array([r.fidelity for r in b]),
        "success_dejmps": np.array([r.success_probability for r in d]),
        "yield_dejmps": np.array([r.yield_ for r in d]),
    }


def fig5(cfg: IqscConfig) -> dict[str, np.ndarray]:
    e = cfg.error_rate.values()
    return {
        "error_rate": e,
        "capacity_before_eq10": paper.secrecy_capacity(e),
        "capacity_after_paper_eq13": paper.purified_secrecy_capacity(e),
        "capacity_after_exact": exact_purified_capacity(e),
        "fidelity_after_eq11": paper.eq11_fidelity(e),
        "success_paper_eq12": paper.eq12_success(e),
    }


def fig6(cfg: IqscConfig) -> dict[str, np.ndarray]:
    pe = cfg.payload_ratio.values()
    out = {
        "payload_ratio": pe,
        "variance_before": paper.variance(pe, cfg.m, cfg.n_sensors),
        "p_det1_before": paper.p_det1(pe, cfg.m),
        "p_det2_before": paper.p_det2(pe, cfg.k),
    }
    for n in cfg.purification_rounds:
        pe2 = np.clip(paper.payload_after(pe, n, cfg.alpha), 0.0, 1.0)
        out[f"payload_after_n{n}"] = pe2
        out[f"variance_after_n{n}"] = paper.variance(pe2, cfg.m, cfg.n_sensors)
        out[f"p_det1_after_n{n}"] = paper.p_det1(pe2, cfg.m)
        out[f"p_det2_after_n{n}"] = paper.p_det2(pe2, cfg.k)
    return out


def fig7(cfg: IqscConfig) -> dict[str, np.ndarray]:
    e = cfg.error_rate.values()
    f = 1.0 - e
    return {
        "error_rate": e,
        "fidelity": f,
        "fidelity_after_eq11": paper.eq11_fidelity(e),
        "payload_ratio_assumed_eq_fidelity": f,
        "capacity_before_eq10": paper.secrecy_capacity(e),
        "capacity_after_paper_eq13": paper.purified_secrecy_capacity(e),
    }


def summary(cfg: IqscConfig) -> dict:
    return {
        "zero_crossing_before_eq10": paper.zero_crossing(paper.secrecy_capacity),
        "zero_crossing_after_paper_eq13": paper.zero_crossing(paper.purified_secrecy_capacity),
        "zero_crossing_after_exact": paper.zero_crossing(exact_purified_capacity),
        "fidelity_after_1_round_paper_eq5": float(paper.eq5_rounds(cfg.initial_fidelity, 1)[-1]),
        f"fidelity_after_{cfg.rounds}_rounds_paper_eq5": float(paper.eq5_rounds(cfg.initial_fidelity, cfg.rounds)[-1]),
        "fidelity_after_1_round_dejmps": purify(werner(cfg.initial_fidelity), 1)[-1].fidelity,
        "success_1_round_dejmps": purify(werner(cfg.initial_fidelity), 1)[-1].success_probability,
        "parameters": {
            "m": cfg.m, "N": cfg.n_sensors, "k": cfg.k, "alpha": cfg.alpha,
            "n_rounds_eq15": list(cfg.purification_rounds),
            "note": "m, N, k and alpha are not given in the paper; these are config values "
                    "(defaults chosen here). Fig. 7 takes the payload ratio p_e = F (assumption: "
                    "the paper gives no formula).",
        },
    }


def table_csv(table: dict[str, np.ndarray]) -> str:
    keys = list(table)
    cols = [np.asarray(table[k]) for k in keys]
    lines = [",".join(keys)]
    for i in range(len(cols[0])):
        lines.append(",".join(repr(float(c[i])) if np.isfinite(c[i]) else ("inf" if c[i] > 0 else "nan")
                              for c in cols))
    return "\n".join(lines) + "\n"


def _png(fig) -> bytes:
    fig.tight_layout()
    return png_bytes(fig)


def _secure_part(c):
    """A secrecy capacity <= 0 means no secure rate: plot C only where it is > 0 (the curves then
    end at their zero crossings, marked with a dot, instead of overlapping along C = 0)."""
    c = np.asarray(c, dtype=float)
    return np.where(c > 0, c, np.nan)


def _mark_zeros(ax, offsets=((-64, 10), (8, 10)), note_y: float = 0.02) -> None:
    for (fn, color), off in zip(((paper.secrecy_capacity, "r"), (paper.purified_secrecy_capacity, "b")), offsets):
        z = paper.zero_crossing(fn)
        ax.plot([z], [0], "o", color=color, ms=5)
        ax.annotate(f"e = {z:.4f}", (z, 0), xytext=off, textcoords="offset points", color=color, fontsize=8)
    ax.axhline(0, color="k", lw=0.6)
    ax.text(0.99, note_y, "C = 0 (no secure rate) beyond the dots", transform=ax.transAxes, ha="right",
            va="bottom", fontsize=8, color="0.3")


def figures(cfg: IqscConfig, tables: dict[str, dict]) -> dict[str, bytes]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = {}
    t = tables["fig2"]
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(t["round"], t["fidelity_paper_eq5"], "o-", label="paper Eq. 5")
    ax.plot(t["round"], t["fidelity_dejmps"], "s-", label="DEJMPS (exact)")
    ax.plot(t["round"], t["fidelity_bbpssw"], "^-", label="BBPSSW (exact)")
    ax.set_xlabel("purification round")
    ax.set_ylabel("fidelity")
    ax.set_title(f"Fidelity vs rounds, F0 = {cfg.initial_fidelity}")
    ax.legend()
    ax.grid(alpha=0.3)
    out["fig2_fidelity_rounds.png"] = _png(fig)

    t = tables["fig5"]
    fig, ax = plt.subplots(figsize=(6.4, 4.4))
    e = t["error_rate"]
    ax.plot(e, _secure_part(t["capacity_before_eq10"]), "r-", label="before (Eq. 10)")
    ax.plot(e, _secure_part(t["capacity_after_paper_eq13"]), "b-", label="after one round, paper (Eqs. 11-13)")
    ax.plot(e, _secure_part(t["capacity_after_exact"]), "b--",
            label="after one round, exact DEJMPS success x yield 1/2 (same zero)")
    _mark_zeros(ax, note_y=0.35)
    # up to the last zero and a fifth more (every curve ends at its dot), within the grid
    last = max(paper.zero_crossing(paper.secrecy_capacity), paper.zero_crossing(paper.purified_secrecy_capacity))
    hi = min(float(e[-1]), e[0] + 1.2 * (last - e[0]))
    ax.set_xlim(e[0] - 0.01 * (hi - e[0]), hi)
    ax.set_ylim(-0.03, 1.05)
    ax.set_xlabel("error rate e (the paper's identification e = 1 - F)")
    ax.set_ylabel("secrecy capacity (bits per pair)")
    ax.set_title("Seed 000, Fig. 5: secrecy capacity vs error rate")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    out["fig5_secrecy_capacity.png"] = _png(fig)

    t = tables["fig6"]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6))
    x = t["payload_ratio"]
    axes[0].semilogy(x, t["variance_before"], "r-", label="before")
    axes[1].plot(x, t["p_det1_before"], "r-", label="before")
    axes[2].plot(x, t["p_det2_before"], "r-", label="before")
    for n, ls in zip(cfg.purification_rounds, ("--", ":", "-.", (0, (5, 1, 1, 1)))):
        pre = "" if cfg.alpha == 1 else f"{cfg.alpha:g} "
        lab = f"after n = {n} round{'s' if n != 1 else ''}: p_e' = {pre}p_e^{2 ** n} (Eq. 15)"
        axes[0].semilogy(x, t[f"variance_after_n{n}"], ls=ls, label=lab)
        axes[1].plot(x, t[f"p_det1_after_n{n}"], ls=ls, label=lab)
        axes[2].plot(x, t[f"p_det2_after_n{n}"], ls=ls, label=lab)
    pe0 = 0.2
    chain = [float(paper.variance(pe0, cfg.m, cfg.n_sensors))] + [
        float(paper.variance(min(float(paper.payload_after(pe0, n, cfg.alpha)), 1.0), cfg.m, cfg.n_sensors))
        for n in cfg.purification_rounds]
    axes[0].annotate("variance GROWS after Eq. 15\n(seed's text says it stays low)\np_e = 0.2: "
                     + " -> ".join(f"{v:.4g}" for v in chain),
                     (0.97, 0.97), xycoords="axes fraction", ha="right", va="top", fontsize=8,
                     bbox={"boxstyle": "round", "fc": "lightyellow", "ec": "0.6"})
    titles = ("estimation variance 1/(p_e m N^2)", "P_det1 (double-CNOT attack)", "P_det2 (man in the middle)")
    for ax, name in zip(axes, titles):
        ax.set_xlabel("payload ratio p_e (seed's Fig. 6 axis: 'error rate')")
        ax.set_ylabel(name)
        ax.grid(alpha=0.3)
    handles, labels = axes[1].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=len(labels), fontsize=9, frameon=False)
    fig.suptitle(f"Seed 000, Fig. 6 / Table II as printed (m = {cfg.m:g}, N = {cfg.n_sensors}, k = {cfg.k:g}, "
                 f"alpha = {cfg.alpha:g}: our values, not in the paper). Eq. 15 lowers p_e, so the variance "
                 "rises and the detection probabilities rise", fontsize=10)
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    out["fig6_detection.png"] = png_bytes(fig)

    t = tables["fig7"]
    fig, ax = plt.subplots(figsize=(6.8, 4.6))
    e = t["error_rate"]
    ax.plot(e, t["fidelity"], "k-", lw=2, label="F = 1 - e, and p_e (assumed = F: same line)")
    ax.plot(e, t["fidelity_after_eq11"], "g-", label="F'(e) after one round (Eq. 11)")
    ax.plot(e, _secure_part(t["capacity_before_eq10"]), "r-", label="C_s before (Eq. 10)")
    ax.plot(e, _secure_part(t["capacity_after_paper_eq13"]), "b-", label="C_2 after one round (Eq. 13)")
    _mark_zeros(ax)
    ax.set_xlim(e[0] - 0.01 * (e[-1] - e[0]), e[-1] + 0.01 * (e[-1] - e[0]))  # the whole grid, as the seed
    ax.set_ylim(-0.03, 1.05)
    ax.set_xlabel("error rate e")
    ax.set_ylabel("fidelity, payload ratio, or\nsecrecy capacity (bits per pair)")
    ax.set_title("Seed 000, Fig. 7: error rate, fidelity, payload ratio, capacity", fontsize=10)
    ax.legend(fontsize=8, loc="upper right")
    ax.grid(alpha=0.3)
    out["fig7_relation.png"] = _png(fig)
    return out
