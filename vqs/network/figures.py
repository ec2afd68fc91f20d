"""The Fig. 4 figure of ``vqs network`` and the PNG encoder shared with ``vqs iqsc``."""

from __future__ import annotations

import io

import numpy as np

from vqs.network.config import NetworkConfig

COLORS = {"fiber": "tab:blue", "satellite": "tab:red", "satellite_avg": "tab:purple"}
STYLES = ["-", "--", ":", "-."]
MARKERS = [None, "o", "s", "^", "v", "D"]


def png_bytes(fig) -> bytes:
    """Lay out, encode as PNG (120 dpi) and close a matplotlib figure."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=120, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _round_label(k: int, protocol: str) -> str:
    return "raw link (0 rounds)" if k == 0 else f"{k} round{'s' if k > 1 else ''} of {protocol.upper()}"


def _style(j: int) -> dict:
    return {"ls": STYLES[j % len(STYLES)], "marker": MARKERS[j % len(MARKERS)], "markevery": 6,
            "ms": 4, "lw": 1.6}


def network_figure(result, cfg: NetworkConfig) -> bytes:
    """Rate, fidelity and best QFI of the teleported probes vs distance, one panel per quantity and
    per probe; link = colour, purification round = line style and marker (one shared legend)."""
    plt = _pyplot()
    from matplotlib.lines import Line2D

    has_vqs = cfg.probe.circuit is not None
    nrows, ncols = (2, 2) if has_vqs else (1, 3)
    fig, axes = plt.subplots(nrows, ncols, figsize=(12.5, 9.0) if has_vqs else (16, 5.2))
    axes = np.ravel(axes)
    ax_rate, ax_fid, ax_ghz = axes[:3]
    ax_vqs = axes[3] if has_vqs else None
    rounds = cfg.purification.rounds
    for link in cfg.links:
        for j, k in enumerate(rounds):
            sel = [r for r in result.rows if r["link"] == link and r["rounds"] == k and r["in_range"]]
            if not sel:
                continue
            x = np.array([r["distance_km"] for r in sel])
            st = _style(j)
            ax_rate.semilogy(x, [r["rate_hz"] for r in sel], color=COLORS[link], **st)
            if link == "satellite":
                ax_rate.semilogy(x, [r["rate_avg_hz"] for r in sel], color=COLORS["satellite_avg"], **st)
            ax_fid.plot(x, [r["fidelity"] for r in sel], color=COLORS[link], **st)
            ax_ghz.plot(x, [r["qfi_best_ghz"] for r in sel], color=COLORS[link], **st)
            if has_vqs:
                ax_vqs.plot(x, [r["qfi_best_vqs"] for r in sel], color=COLORS[link], **st)
    p = cfg.probe
    probe = f"N = {p.n_qubits}, {p.noise}, gamma = {p.gamma:g}; qubits 1..N-1 teleported"
    ax_rate.set_title("End-to-end pair rate (purified: rate x yield)")
    ax_rate.set_ylabel("entanglement rate (pairs/s)")
    ax_fid.set_title("Pair fidelity (satellite: overhead)")
    ax_fid.set_ylabel("fidelity with Phi+")
    ax_ghz.set_title(f"GHZ probe ({probe})", fontsize=10)
    ax_ghz.set_ylabel("best QFI over sensing time")
    if has_vqs:
        ax_vqs.set_title(f"VQS probe ({probe})", fontsize=10)
        ax_vqs.set_ylabel("best QFI over sensing time")
    for ax in axes:
        ax.set_xlabel("BS-SN ground distance (km)")
        ax.grid(alpha=0.3)
        if result.coverage_limit_km is not None:
            ax.axvline(result.coverage_limit_km, color="0.35", lw=1.0, ls=(0, (2, 2)))
            y = 0.98 if ax is ax_rate else 0.6  # where the panel is empty right of the line
            ax.text(result.coverage_limit_km, y, f" satellite coverage\n limit {result.coverage_limit_km:.0f} km",
                    transform=ax.get_xaxis_transform(), va="top", ha="left", fontsize=8, color="0.25")
    fib = [r for r in result.rows if r["link"] == "fiber"]
    if fib and all(abs(r["fidelity"] - 0.25) < 1e-6 for r in fib if r["distance_km"] == fib[-1]["distance_km"]):
        # the fiber curves of all rounds coincide where the pair is maximally mixed: say so
        for ax in (ax_fid, ax_ghz, ax_vqs):
            if ax is not None:
                ax.text(0.98, 0.08, "fiber, far: all rounds coincide\n(F = 1/4, maximally mixed)",
                        transform=ax.transAxes, ha="right", va="bottom", fontsize=8, color=COLORS["fiber"])
    handles = []
    if "fiber" in cfg.links:
        f = cfg.fiber
        handles.append(Line2D([], [], color=COLORS["fiber"], lw=2,
                              label=f"fiber chain, {f.n_repeaters} repeaters (always on)"))
    if "satellite" in cfg.links:
        s = cfg.satellite
        handles.append(Line2D([], [], color=COLORS["satellite"], lw=2,
                              label=f"satellite, instantaneous (overhead, {s.altitude_km:g} km)"))
        handles.append(Line2D([], [], color=COLORS["satellite_avg"], lw=2,
                              label=f"satellite, time-averaged over passes (duty cycle "
                                    f"{100 * s.duty_cycle:.2g}%, rate only)"))
    styles = [Line2D([], [], color="k", label=_round_label(k, cfg.purification.protocol), **_style(j))
              for j, k in enumerate(rounds)]
    # two rows: link (colour) above, purification round (line style, marker) below
    y_links, y_rounds, bottom = (0.03, -0.04, 0.08) if has_vqs else (0.08, -0.06, 0.2)
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=9, frameon=False,
               bbox_to_anchor=(0.5, y_links), title="link (colour)", title_fontsize=9)
    fig.legend(handles=styles, loc="lower center", ncol=len(styles), fontsize=9, frameon=False,
               bbox_to_anchor=(0.5, y_rounds), title="purification (line style)", title_fontsize=9)
    fig.suptitle("Satellite vs fiber entanglement links for teleported sensing probes (seed 002, Fig. 4)")
    fig.tight_layout(rect=(0, bottom, 1, 1))
    return png_bytes(fig)


def designed_figure(rows: list[dict]) -> bytes:
    """Fig. 4 integrated: the designed probe's figure against distance beside GHZ over the same links,
    the best-probe estimate, the channel-extension bound (and for the remote protocol the QFI optimum,
    reached only with a joint readout), one panel per protocol; colour the link."""
    plt = _pyplot()
    protocols = list(dict.fromkeys(r["protocol"] for r in rows))
    fig, axes = plt.subplots(1, len(protocols), figsize=(6 * len(protocols), 4.2), squeeze=False)
    for ax, protocol in zip(axes[0], protocols):
        for link in dict.fromkeys(r["link"] for r in rows):
            mine = {}
            for r in rows:  # per distance the best warm-started run (forward or back pass)
                if r["link"] == link and r["protocol"] == protocol and r["start"] in ("warm", "back"):
                    if r["distance_km"] not in mine or r["vqs"] > mine[r["distance_km"]]["vqs"]:
                        mine[r["distance_km"]] = r
            mine = [mine[k] for k in sorted(mine)]
            if not mine:
                continue
            d = [r["distance_km"] for r in mine]
            c = COLORS[link]
            ax.semilogy(d, [r["vqs"] for r in mine], "o-", color=c, label=f"{link}: designed")
            ax.semilogy(d, [r["ghz"] for r in mine], "s--", color=c, alpha=0.7, label=f"{link}: GHZ")
            if all(r.get("estimate") for r in mine):
                ax.semilogy(d, [r["estimate"] for r in mine], ":", color=c, alpha=0.8,
                            label=f"{link}: best-probe estimate (" + ("see-saw" if protocol == "distributed"
                                                                      else "local readout") + ")")
            if protocol != "distributed" and all(r["optimum"] for r in mine):
                ax.semilogy(d, [r["optimum"] for r in mine], "x", color=c, alpha=0.6,
                            label=f"{link}: QFI optimum (joint readout)")
            if all(r.get("bound") for r in mine):
                ax.semilogy(d, [r["bound"] for r in mine], "-.", color=c, alpha=0.4, lw=0.8,
                            label=f"{link}: channel-extension bound")
        figure = next(r["figure_of_merit"] for r in rows if r["protocol"] == protocol)
        ax.set_title(f"{protocol} protocol ({figure})")
        ax.set_xlabel("distance base station - sensing nodes (km)")
        ax.set_ylabel("figure of merit (" + ("local CFI" if "local" in figure else "QFI")
                      + (" / t)" if "per_time" in figure else ")"))
        ax.legend(fontsize=7)
    fig.suptitle("Probes designed for the network (each distance warm-started from its neighbours)")
    fig.tight_layout()
    return png_bytes(fig)
