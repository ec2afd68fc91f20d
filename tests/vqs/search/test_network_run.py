"""A run designed for the network (model.network) and a warm start from a previous run."""

import json

import numpy as np
import pytest

from ansatz.io import load_circuit
from vqs.cli import main
from vqs.errors import VqsError
from vqs.physics.model.links import Links
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import qfi_of_circuits
from vqs.search.pipeline import run
from vqs.search.schema import parse_config

pytestmark = pytest.mark.integration  # whole runs (docs/architecture.md, "Tests")

NODES = [100, 1200]
TINY = {
    "name": "net",
    "seed": 1,
    "model": {"n_qubits": 2, "noise": "dephasing", "gamma": 0.1, "operating_point": [0.01],
              "network": {"distances_km": NODES, "links": ["satellite"]}},
    "time_grid": {"points": 8, "gamma_t_max": 3},
    "figure_of_merit": "per_time",
    "ga": {"population": 6, "generations": 1, "max_genes": 5, "initial_genes": [1, 3], "local_steps": 0},
    "refine": {"method": "adam", "top_k": 1, "steps": 5, "learning_rate": 0.05},
}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("network") / "net"
    run(parse_config(TINY), out)
    return out


def test_result_records_werner_and_the_figure_is_the_linked_models(run_dir):
    result = json.loads((run_dir / "result.json").read_text())
    links = parse_config(TINY).model.build().links
    assert result["werner"] == {"protocol": "distributed", "out": list(links.out), "back": list(links.back)}
    model = SensingModel(2, "single", "dephasing", 0.1, operating_point=(0.01,), links=links)
    t = result["vqs"]["t_star"]
    q = qfi_of_circuits(load_circuit(run_dir / "circuit.json"), model, [t]).qfi[0, 0]
    assert result["vqs"]["best"] == pytest.approx(q / t, rel=1e-8)
    assert "network (distributed)" in (run_dir / "circuit.qasm").read_text()


def test_measure_uses_the_linked_channel(run_dir, capsys):
    assert main(["measure", str(run_dir), "--starts", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    result = json.loads((run_dir / "result.json").read_text())
    assert out["qcrb"] == pytest.approx(result["vqs"]["qcrb"], rel=1e-8)


def test_warm_start_seeds_generation_zero_and_refinement(run_dir, tmp_path):
    moved = TINY | {"model": TINY["model"] | {"network": {"distances_km": [100, 1300]}}}
    cfg = parse_config(moved | {"warm_start": str(run_dir)})
    out = tmp_path / "warm"
    result = run(cfg, out)
    assert result.search["refined"][-1]["start"] == "warm"
    cold = parse_config(moved).model.build()
    assert not np.allclose(cold.links.out, parse_config(TINY).model.build().links.out)


@pytest.mark.parametrize("change, match", [({"n_qubits": 3, "network": {"distances_km": NODES + NODES[:1]}}, "wires"),
                                           ({}, "gates")])
def test_warm_start_refuses_an_unfit_probe(run_dir, tmp_path, change, match):
    raw = TINY | {"model": TINY["model"] | change, "warm_start": str(run_dir)}
    if not change:
        raw["ga"] = TINY["ga"] | {"gates": ["RZ"]}
        genes = load_circuit(run_dir / "circuit.json").genes
        if all(g.gate == "RZ" for g in genes):
            pytest.skip("the probe uses RZ only")
    from vqs.search.design import prepare
    with pytest.raises(VqsError, match=match):
        prepare(parse_config(raw))


def test_links_model_refused_by_design_from_a_sensing_model():
    from vqs.search.design import design
    with pytest.raises(VqsError, match="network"):
        design(SensingModel(2, links=Links("remote", (0.9, 0.9))))
