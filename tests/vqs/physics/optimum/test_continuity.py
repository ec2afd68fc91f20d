"""Singular operating points are detected; the figure of merit is continuous in the operating
point and in the gene angles at every shipped operating point."""

import math
from pathlib import Path

import numpy as np
import pytest

from ansatz import Circuit, Gene
from ansatz.random import random_genes
from vqs.errors import VqsError
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.continuity import check_operating_point, require_continuous
from vqs.physics.qfi import default_times, qfi_of_states
from vqs.report.table_config import cell_config, cells_of, load_table_config
from vqs.search.schema import load_config

CONFIGS = Path(__file__).resolve().parents[4] / "configs"


def _ghz(n):
    v = np.zeros(2**n, complex)
    v[0] = v[-1] = 2**-0.5
    return v


def test_the_jump_is_real_and_the_limit_is_continuous():
    """Safranek's discontinuity on the issue's example: GHZ, N=2, bit flip, gamma 0.1, t 15.51."""
    values = {}
    for w in (0.0, 1e-4, 1e-3, 1e-2):
        model = SensingModel(2, "single", "bit_flip", 0.1, operating_point=(w,))
        values[w] = float(qfi_of_states(_ghz(2), model, [15.51]).qfi[0, 0]) / 15.51
    assert values[0.0] == pytest.approx(11.2554, abs=1e-3)
    assert values[1e-4] == pytest.approx(27.6848, abs=1e-3)
    assert values[1e-3] == pytest.approx(values[1e-4], rel=1e-3)  # continuous away from 0
    assert values[1e-2] == pytest.approx(27.5002, abs=1e-3)


SINGULAR = [
    ("single", "bit_flip", (0.0,)),
    ("multi", "bit_flip", (0.0, 0.0, 0.0)),
    ("multi", "dephasing", (0.0, 0.0, 0.0)),
    ("multi", "bit_flip", (0.02, 0.0, 0.0)),  # a field along the noise axis stays singular
    ("multi", "dephasing", (0.0, 0.0, 0.02)),
]
GENERIC = [
    ("single", "amplitude_damping", (0.0,)),  # phase covariant: the QFI does not depend on omega0
    ("single", "dephasing", (0.0,)),
    ("single", "depolarizing", (0.0,)),
    ("single", "bit_flip", (0.01,)),
    ("single", "bit_flip", (0.02,)),
    ("multi", "amplitude_damping", (0.0, 0.0, 0.0)),
    ("multi", "bit_flip", (0.01, 0.01, 0.01)),
    ("multi", "dephasing", (0.02, 0.02, 0.02)),
    ("multi", "depolarizing", (0.0, 0.0, 0.0)),
]


@pytest.mark.parametrize("task, noise, point", SINGULAR)
def test_singular_points_are_refused(task, noise, point):
    model = SensingModel(3, task, noise, 0.1, operating_point=point)
    report = check_operating_point(model, default_times(model, 8))
    assert not report.continuous
    assert report.change_small > 0.1 and report.change_small > 0.5 * report.change_large  # a jump, not a slope
    with pytest.raises(VqsError, match="discontinuous .* set model.operating_point"):
        require_continuous(model, default_times(model, 8))


@pytest.mark.parametrize("task, noise, point", GENERIC)
def test_generic_points_are_accepted(task, noise, point):
    model = SensingModel(3, task, noise, 0.1, operating_point=point)
    report = require_continuous(model, default_times(model, 8))
    assert report.continuous and report.change_small < 1e-3


def _shipped_models():
    """(label, model, grid) at the operating point of every shipped config, N = 3."""
    out = []
    quick = load_config(CONFIGS / "quickstart.yaml")
    out.append(("quickstart", quick.model.build(), quick.time_grid.times(quick.model.build())))
    table = load_table_config(CONFIGS / "table1.yaml")
    for cell in cells_of(table):
        if cell.nodes == 3:
            cfg = cell_config(table, cell)
            model = cfg.model.build()
            out.append((cell.name, model, cfg.time_grid.times(model)))
    return out


SHIPPED = _shipped_models()


@pytest.mark.parametrize("label, model, grid", SHIPPED, ids=[s[0] for s in SHIPPED])
def test_figure_is_continuous_in_gene_angles_at_shipped_points(label, model, grid):
    """One extra gene of angle 1e-5 (every gate, every wire pair) moves the GA's figure of merit
    (best over the time grid) by < 1e-4 relative, for GHZ and for random circuits."""
    rng = np.random.default_rng(7)
    n = model.n_qubits
    bases = [Circuit(n, (), "ghz")] + [Circuit(n, tuple(random_genes(rng, n, 4)), "ghz") for _ in range(3)]
    extra = [Gene("RX", 0, None, 1e-5), Gene("RY", 1, None, 1e-5), Gene("RZ", 2, None, 1e-5),
             Gene("CRX", 1, 0, 1e-5)]
    circuits = []
    for base in bases:
        circuits += [base] + [Circuit(n, base.genes + (gene,), "ghz") for gene in extra]
    for figure in ("per_shot", "per_time"):
        best = best_times_of_circuits(circuits, model, grid, figure, refine=False, max_genes=5)
        for k in range(len(bases)):
            i = k * (len(extra) + 1)
            for j in range(1, len(extra) + 1):
                a, b = best[i].value, best[i + j].value
                assert abs(b - a) <= 1e-4 * abs(a), (label, figure, k, j, a, b)


@pytest.mark.parametrize("label, model, grid", SHIPPED, ids=[s[0] for s in SHIPPED])
def test_figure_is_continuous_in_the_operating_point(label, model, grid):
    """Moving the operating point by 1e-4 in any direction moves GHZ's and a random probe's best
    figure by < 0.5% (the table's acceptance criterion)."""
    rng = np.random.default_rng(3)
    n = model.n_qubits
    circuits = [Circuit(n, (), "ghz"), Circuit(n, tuple(random_genes(rng, n, 4)), "ghz")]
    theta0 = np.array(model.operating_point)
    base = best_times_of_circuits(circuits, model, grid, "per_time", refine=False, max_genes=4)
    for a in range(theta0.size):
        for sign in (1, -1):
            moved = SensingModel(n, model.task, model.noise, model.gamma,
                                 operating_point=tuple(theta0 + sign * 1e-4 * np.eye(theta0.size)[a]))
            near = best_times_of_circuits(circuits, moved, grid, "per_time", refine=False, max_genes=4)
            for x, y in zip(base, near):
                assert math.isclose(x.value, y.value, rel_tol=5e-3), (label, a, sign, x.value, y.value)
