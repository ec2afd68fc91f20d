r"""The drawing of a probe circuit: ``vqs export --format png`` and ``vqs plot --kind circuit``.

The probe's gates (PennyLane's ``qml.draw_mpl``: the GHZ preparation, then the genes), then the
sensing step :math:`e^{t\mathcal L}` as one block over every qubit, labelled with the optimal
sensing time t* of the run (and :math:`\gamma t^*`). No measurement is drawn: the QFI and the
QCRB assume the optimal measurement of the sensed state (``vqs measure`` evaluates concrete
readouts, docs/measurement.md). The title says in words what the probe is for (task, noise,
gamma, N) and how well it does (figure of merit, value, t*; GHZ for comparison), from whatever
part of a result.json mapping is given. Rendered on the Agg canvas; pyplot's state is left alone.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Mapping

from ansatz import Circuit
from vqs.report import labels

_BLOCK_GAP = 0.25  # from the end of the drawn wires back to the block's left edge (layer units)


def _number(mapping: Mapping | None, *keys):
    node = mapping
    for key in keys:
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    ok = isinstance(node, (int, float)) and not isinstance(node, bool)
    return float(node) if ok else None


def title_lines(result: Mapping | None, circuit: Circuit) -> list[str]:
    """The figure's title, one line per statement (any subset of result.json's keys)."""
    result = result or {}
    n = circuit.n_qubits
    gamma = _number(result, "gamma")
    if {"task", "noise"} <= set(result) and gamma is not None:
        lines = [f"VQS probe: {labels.scenario(result['task'], result['noise'], gamma, n)}"]
    else:
        lines = [f"probe circuit, N = {n}"]
    figure = result.get("figure_of_merit")
    best, t_star = _number(result, "vqs", "best"), _number(result, "vqs", "t_star")
    if figure in ("per_shot", "per_time") and "task" in result and best is not None and t_star is not None:
        text = f"{labels.fom_label(result['task'], figure)} = {best:.5g} at $t^*$ = {t_star:.4g}"
        ghz_best, ghz_t = _number(result, "ghz", "best"), _number(result, "ghz", "t_star")
        if ghz_best is not None and ghz_t is not None:
            text += f"  (GHZ: {ghz_best:.5g} at $t^*$ = {ghz_t:.4g})"
        lines.append(text)
    genes = len(circuit.genes)
    start = "GHZ preparation" if circuit.init == "ghz" else "starts in |0…0⟩"
    lines.append(f"{start}, then {genes} gene{'' if genes == 1 else 's'}; no measurement drawn "
                 "(the QFI assumes the optimal one)")
    return lines


def _block_text(n_qubits: int, t_star: float | None, gamma: float | None) -> str:
    head = r"sensing $e^{t\mathcal{L}}$ on each qubit"
    if t_star is None:
        return head
    t_line = labels.t_star_text(t_star, gamma or 0.0)
    if n_qubits <= 2:
        return f"{head}\n{t_line}"
    return head.replace(" on", "\non") + "\n" + t_line.replace(" (", "\n(")


def _draw_sensing_block(fig, n_qubits: int, text: str, wires: int | None = None) -> None:
    """Append the sensing block over the ``n_qubits`` sensor wires after the gates: extend all
    ``wires`` (default ``n_qubits``; ancillas are the last ones, outside the block), widen the figure."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyBboxPatch

    ax = fig.axes[0]
    x_lo, x_hi = ax.get_xlim()
    end = x_hi - 1.0  # draw_mpl's wires run from -1 to the number of layers (= x_hi - 1)
    width = 3.4 if n_qubits <= 2 else 2.4
    x0 = end - _BLOCK_GAP
    x_wire = x0 + width + 0.75
    gates = [p for p in ax.patches if isinstance(p, FancyBboxPatch)]
    style = {"boxstyle": "round,pad=0.2", "linewidth": 3, "edgecolor": "black", "facecolor": "white", "zorder": 2}
    if gates:
        g = gates[0]
        style.update(boxstyle=g.get_boxstyle(), linewidth=g.get_linewidth(), edgecolor=g.get_edgecolor(),
                     facecolor=g.get_facecolor(), zorder=g.get_zorder())
    ax.add_patch(FancyBboxPatch((x0 + 0.1, -0.3), width - 0.2, n_qubits - 0.4, **style))
    ax.text(x0 + width / 2, (n_qubits - 1) / 2, text, ha="center", va="center", zorder=style["zorder"] + 1,
            fontsize=13 if n_qubits > 1 else 11)
    for w in range(n_qubits if wires is None else wires):
        ax.add_line(Line2D((end, x_wire), (w, w), color="black", zorder=1))
    ax.set_xlim(x_lo, x_wire + 0.5)
    fig.set_figwidth(fig.get_figwidth() + (x_wire + 0.5 - x_hi))


def circuit_figure(circuit: Circuit, result: Mapping | None = None):
    """The matplotlib Figure (Agg canvas): gates, the sensing block with t*, the title."""
    import pennylane as qml
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from ansatz.pennylane_ops import to_ops

    ops = to_ops(circuit)

    def draw():  # no measurement: the QFI assumes the optimal one
        for op in ops:
            qml.apply(op)

    fig = Figure()
    FigureCanvasAgg(fig)
    qml.draw_mpl(draw, wire_order=list(range(circuit.n_qubits)), show_all_wires=True, decimals=2, fig=fig)()
    result = result or {}
    sensors = circuit.n_qubits - circuit.ancillas  # the ancillas (last wires) do not sense
    _draw_sensing_block(fig, sensors, _block_text(sensors, _number(result, "vqs", "t_star"), _number(result, "gamma")),
                        circuit.n_qubits)
    width, height = fig.get_size_inches()
    chars = max(50, int(width * 10))
    title = "\n".join(textwrap.fill(s, chars) for s in title_lines(result, circuit))
    n_title = title.count("\n") + 1
    extra = 0.36 * n_title + 0.25  # room above the drawing for the title
    fig.set_figheight(height + extra)
    for ax in fig.axes:
        ax.set_position([0, 0, 1, height / (height + extra)])
    fig.suptitle(title, fontsize=14, y=1 - 0.12 / (height + extra), va="top")
    return fig


def to_png(circuit: Circuit, result: Mapping | None = None) -> bytes:
    """PNG bytes of :func:`circuit_figure` (100 dpi)."""
    buf = io.BytesIO()
    circuit_figure(circuit, result).savefig(buf, format="png", dpi=100)
    return buf.getvalue()
