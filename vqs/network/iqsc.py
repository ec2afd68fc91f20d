"""P-IQSC metrics and figures of seed 000 (Figs. 2, 5, 6, 7), paper formulas beside exact physics.

Tables (dicts of equal-length numpy columns), computed from an :class:`IqscConfig`:

- ``fig2``: fidelity vs purification round from F0: paper Eq. 5, exact DEJMPS (Werner input,
  Bell-diagonal output fed to the next round), exact BBPSSW; with DEJMPS success and yield.
- ``fig5``: secrecy capacity vs error rate e (the paper identifies e = 1 - F): C_s (Eq. 10),
  C_2 paper (Eqs. 11-14), and C_2 exact = (N(e)/2) C_s(1 - F'(e)) with the exact DEJMPS success
  probability N(e) and the 1/2 pair yield.
- ``fig6``: variance and detection probabilities (Table II) vs payload ratio p_e, before and
  after n rounds via Eq. 15 (p_e' = alpha p_e^(2^n)).
- ``fig7``: e, F = 1 - e, F'(e) (Eq. 11), payload ratio and capacities. The paper gives no
  formula for the payload ratio; we take p_e = F (stated in the output as an assumption).
"""

from __future__ import annotations

import io

import numpy as np

from vqs.network import paper
from vqs.network.config import IqscConfig
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
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=120)
    plt.close(fig)
    return buf.getvalue()


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
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(t["error_rate"], t["capacity_before_eq10"], "r-", label="before (Eq. 10)")
    ax.plot(t["error_rate"], t["capacity_after_paper_eq13"], "b-", label="after, paper (Eq. 13)")
    ax.plot(t["error_rate"], t["capacity_after_exact"], "b--", label="after, exact DEJMPS + yield 1/2")
    ax.axhline(0, color="k", lw=0.6)
    ax.set_ylim(-0.5, 1.05)
    ax.set_xlabel("error rate e")
    ax.set_ylabel("secrecy capacity")
    ax.legend()
    ax.grid(alpha=0.3)
    out["fig5_secrecy_capacity.png"] = _png(fig)

    t = tables["fig6"]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4))
    x = t["payload_ratio"]
    axes[0].semilogy(x, t["variance_before"], "r-", label="before")
    axes[1].plot(x, t["p_det1_before"], "r-", label="before")
    axes[2].plot(x, t["p_det2_before"], "r-", label="before")
    for n in cfg.purification_rounds:
        axes[0].semilogy(x, t[f"variance_after_n{n}"], "--", label=f"after, n={n}")
        axes[1].plot(x, t[f"p_det1_after_n{n}"], "--", label=f"after, n={n}")
        axes[2].plot(x, t[f"p_det2_after_n{n}"], "--", label=f"after, n={n}")
    for ax, name in zip(axes, ("variance 1/(p_e m N^2)", "P_det1", "P_det2")):
        ax.set_xlabel("payload ratio p_e")
        ax.set_ylabel(name)
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    fig.suptitle(f"Table II (paper mode): m={cfg.m:g}, N={cfg.n_sensors}, k={cfg.k:g}, alpha={cfg.alpha:g}")
    out["fig6_detection.png"] = _png(fig)

    t = tables["fig7"]
    fig, ax = plt.subplots(figsize=(6, 4))
    for key, lab in (("fidelity", "F = 1 - e"), ("fidelity_after_eq11", "F'(e) (Eq. 11)"),
                     ("payload_ratio_assumed_eq_fidelity", "p_e (assumed = F)"),
                     ("capacity_before_eq10", "C_s (Eq. 10)"), ("capacity_after_paper_eq13", "C_2 (Eq. 13)")):
        ax.plot(t["error_rate"], t[key], label=lab)
    ax.set_ylim(-0.5, 1.05)
    ax.set_xlabel("error rate e")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    out["fig7_relation.png"] = _png(fig)
    return out
