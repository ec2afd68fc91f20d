"""The table's notes name the cells whose VQS misses the see-saw optimum by more than 1%, and the cells
whose VQS beats it (the see-saw is a local method); a summary rebuilt from finished cells states their
own compute beside the command's wall time."""
from pathlib import Path

import pytest

from vqs.report.render import to_markdown
from vqs.report.table_config import load_table_config

CONFIG = load_table_config(Path(__file__).resolve().parents[3] / "configs" / "table_extended.yaml")


def _row(nodes, ratio, wall=60.0, optimum_wall=30.0):
    return {"task": "single", "noise": "amplitude_damping", "gamma": 0.1, "nodes": nodes, "vqs_over_optimum": ratio,
            "short_of_optimum": ratio > 1.01, "t_star_at_grid_edge": "", "vqs_qcrb": 0.02 * ratio,
            "ghz_qcrb": 0.03, "optimum_qcrb": 0.02, "bound_qcrb": 0.01, "vqs_over_bound": 2 * ratio,
            "vqs_t_star": 3.0, "ghz_t_star": 2.0, "optimum_t_star": 3.0, "wall_time_s": wall,
            "optimum_wall_time_s": optimum_wall}


@pytest.mark.parametrize("ratios, present, absent", [
    ((1.0, 1.005), ["Every single-task VQS is within 1%"], ["MARKED (*)", "VQS below the see-saw optimum"]),
    ((1.0, 1.02), ["MARKED (*): VQS more than 1% above the see-saw optimum in 1 single-task cell(s): "
                   "single AD g=0.1 N=3 (1.0200)"], ["Every single-task VQS", "VQS below the see-saw"]),
    ((0.99898, 1.0), ["Every single-task VQS is within 1%",
                      "VQS below the see-saw optimum (the see-saw ended at a local optimum; the table's optimum is "
                      "then not the best known probe): single AD g=0.1 N=2 (0.99898)."], ["MARKED (*)"]),
    ((0.99995, 1.0), ["Every single-task VQS is within 1%"], ["VQS below the see-saw"]),  # rounding, not a find
])
def test_optimality_notes(ratios, present, absent):
    md = to_markdown(CONFIG, [_row(n, r) for n, r in zip((2, 3), ratios)])
    for text in present:
        assert text in md
    for text in absent:
        assert text not in md


def test_wall_time_note_states_the_cells_compute():
    md = to_markdown(CONFIG, [_row(2, 1.0, 600.0, 60.0), _row(3, 1.0, 1200.0, 0.0)], wall_time_s=15.0)
    assert ("- Wall time of the command that wrote this file: 15 s; the cells' own compute (each cell's run and "
            "optimum, summed over 2 cells): 31.0 min.") in md
    assert "Wall time" not in to_markdown(CONFIG, [_row(2, 1.0)])


@pytest.mark.parametrize("local_s, minutes, words", [
    (None, 31.0, "run and optimum"),
    (0.0, 31.0, "run and optimum"),
    (204.0, 34.4, "run, optimum and local-readout runs"),  # 115 s + 89 s of local-readout runs
])
def test_cells_compute_counts_the_local_readout_runs(local_s, minutes, words):
    rows = [_row(2, 1.0, 600.0, 60.0), _row(3, 1.0, 1200.0, 0.0)]
    rows[1]["local_wall_time_s"] = local_s
    md = to_markdown(CONFIG, rows, wall_time_s=15.0)
    assert f"the cells' own compute (each cell's {words}, summed over 2 cells): {minutes:.1f} min." in md
