"""The figures, headless (Agg): dots on the curves' maxima, time axes in units of 1/gamma, the circuit
drawn without measurement and with the sensing block, the Wigner caption."""

import numpy as np
import pytest
from matplotlib.patches import Arc, FancyArrow, FancyArrowPatch
from run_configs import tiny_run

from ansatz import Circuit, Gene, random_genes
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.qfi import ghz_circuit
from vqs.report import plots
from vqs.report.circuit_png import circuit_figure
from vqs.search.rundir import ProbeScore, RunDir, RunResult
from vqs.search.schema import parse_config

GAMMA = 0.2


def _cell(root, task, n, figure, seed=0):
    """A finished cell with honest numbers: a random circuit scored like a run scores it."""
    point = (0.02,) if task == "single" else (0.02, 0.02, 0.02)
    config = parse_config(tiny_run(model={"n_qubits": n, "task": task, "noise": "amplitude_damping",
                                          "gamma": GAMMA, "operating_point": list(point)},
                                   figure_of_merit=figure))
    model = config.model.build()
    grid = config.time_grid.times(model)
    genes = [Gene("RY", 0, None, 0.8)] + random_genes(np.random.default_rng(seed), n, 3, ("RX", "RY", "CRX"))
    circuit = Circuit(n, tuple(genes), "ghz")
    vqs, ghz = best_times_of_circuits([circuit, ghz_circuit(n)], model, grid, figure)
    rundir = RunDir(root / "cells" / f"{task}_amplitude_damping_g{GAMMA:g}_n{n}")
    rundir.root.mkdir(parents=True)
    rundir.config.write_text(config.to_yaml())
    result = RunResult(config.name, task, "amplitude_damping", GAMMA, n, list(point), figure,
                       ProbeScore.of(vqs, task, n_genes=len(genes)), ProbeScore.of(ghz, task), vqs.value / ghz.value)
    rundir.write_outputs(result, circuit)
    return result


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    root = tmp_path_factory.mktemp("table")
    results = {("single", 2): _cell(root, "single", 2, "per_time"), ("single", 3): _cell(root, "single", 3, "per_time"),
               ("multi", 2): _cell(root, "multi", 2, "per_shot")}
    return plots.TableCells(root), results


def _curves_and_dots(ax):
    curves = [line for line in ax.lines if len(line.get_xdata()) > 1]
    dots = [line for line in ax.lines if len(line.get_xdata()) == 1]
    return curves, dots


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
@pytest.mark.parametrize("task, n, table_figure", [("single", 2, "per_time"), ("multi", 2, "per_shot")])
def test_qfi_vs_time_dots_sit_on_the_maxima_of_the_plotted_curves(table, task, n, table_figure):
    cells, results = table
    fig = plots.qfi_vs_time_figure(cells, task, "amplitude_damping", GAMMA, n)
    first, second = fig.axes[:2]
    # panel (a) is the table's figure of merit, with result.json's t* (as gamma t*)
    name = "per unit time" if table_figure == "per_time" else "per shot"
    other = "per shot" if table_figure == "per_time" else "per unit time"
    assert name in first.get_ylabel() and "table's figure of merit" in first.get_title()
    assert other in second.get_ylabel()
    _, dots = _curves_and_dots(first)
    result = results[(task, n)]
    assert [d.get_xdata()[0] for d in dots] == pytest.approx([GAMMA * result.vqs.t_star, GAMMA * result.ghz.t_star])
    assert [d.get_ydata()[0] for d in dots] == pytest.approx([result.vqs.best, result.ghz.best], rel=1e-10)
    for ax in (first, second):
        assert "\\gamma t" in ax.get_xlabel() and "1/\\gamma" in ax.get_xlabel()
        curves, dots = _curves_and_dots(ax)
        assert len(curves) == len(dots) == 2
        for curve, dot in zip(curves, dots):
            assert dot.get_color() == curve.get_color()
            x, y = np.asarray(curve.get_xdata()), np.asarray(curve.get_ydata())
            top = int(np.argmax(y))
            # the dot is the maximum: not below any plotted point, and no higher than the
            # 200-point sampling can miss; it lies between the neighbours of the sampled top
            assert dot.get_ydata()[0] >= y.max() * (1 - 1e-9)
            assert dot.get_ydata()[0] <= y.max() * (1 + 1e-3)
            assert x[max(top - 1, 0)] <= dot.get_xdata()[0] <= x[min(top + 1, x.size - 1)]


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_best_vs_n_shows_gamma_t_star(table):
    cells, results = table
    fig = plots.best_vs_n_figure(cells, "single", "amplitude_damping", GAMMA)
    left, right = fig.axes[:2]
    assert "per unit time" in left.get_ylabel()
    assert "\\gamma t^*" in right.get_ylabel() and "units" not in right.get_ylabel()  # gamma t* has none
    vqs_line = [line for line in right.lines if line.get_label() == "VQS"][0]
    expected = [GAMMA * results[("single", n)].vqs.t_star for n in (2, 3)]
    assert list(vqs_line.get_ydata()) == pytest.approx(expected)


def test_qcrb_vs_n_labels_several_ticks_on_its_log_axis(table):
    """The QCRBs span less than a decade: the log axis still labels at least two values."""
    cells, _ = table
    fig = plots.qcrb_vs_n_figure(cells, "single", "amplitude_damping", GAMMA)
    ax = fig.axes[0]
    fig.canvas.draw()
    lo, hi = ax.get_ylim()
    shown = [t for t in ax.yaxis.get_major_ticks() if lo <= t.get_loc() <= hi and t.label1.get_text()]
    assert len(shown) >= 2, [t.label1.get_text() for t in shown]
    assert all(float(t.label1.get_text()) == pytest.approx(t.get_loc()) for t in shown)  # plain numbers


def _texts(fig):
    return [t.get_text() for t in fig.texts] + [t.get_text() for ax in fig.axes for t in ax.texts] + \
        [fig._suptitle.get_text() if fig._suptitle else ""]


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_circuit_drawing_has_the_sensing_block_and_no_measurement(table):
    cells, results = table
    rundir = cells.find("single", "amplitude_damping", GAMMA, 3)
    result = results[("single", 3)]
    fig = circuit_figure(rundir.read_circuit(), result.to_dict())
    ax = fig.axes[0]
    assert not [p for p in ax.patches if isinstance(p, (Arc, FancyArrow, FancyArrowPatch))]  # no meter
    texts = _texts(fig)
    block = [t for t in texts if t.startswith("sensing")]
    assert len(block) == 1 and f"$t^*$ = {result.vqs.t_star:.4g}" in block[0]
    assert f"$\\gamma t^*$ = {GAMMA * result.vqs.t_star:.3g}" in block[0]
    title = fig._suptitle.get_text()
    assert "single-parameter task" in title and "amplitude damping γ = 0.2" in title and "N = 3" in title
    assert "per unit time" in title and "no measurement drawn" in title
    assert "t_star" not in title and "qcrb=" not in title and "=False" not in title  # no key=value dump


def test_circuit_drawing_without_a_result():
    fig = circuit_figure(Circuit(1, (Gene("RX", 0, None, 0.3),), "zero"))
    texts = _texts(fig)
    assert any(t.startswith("sensing") and "t^*" not in t for t in texts)
    assert "probe circuit, N = 1" in fig._suptitle.get_text()


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_wigner_figure_explains_the_weight_outside_the_symmetric_subspace(table):
    cells, _ = table
    fig, outside = plots.wigner_figure(cells, "single", "amplitude_damping", GAMMA, 3)
    caption = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
    assert "symmetric (Dicke) subspace" in caption and "0 for GHZ" in caption
    assert f"{outside:.3g}" in caption and "weight outside the symmetric subspace" in fig.axes[0].get_title()
    assert 0.0 <= outside < 1.0
