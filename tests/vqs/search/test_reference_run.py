"""``ga.seed_reference`` in whole runs: the designed probe is never below the reference, and export,
resume (extending a finished run) and warm start keep working with it."""

import json

import pytest
from run_configs import tiny_run

from ansatz.io import load_circuit
from vqs.cli import main
from vqs.search.pipeline import run
from vqs.search.schema import parse_config

pytestmark = pytest.mark.integration

# from |0..0> with noisy preparation and amplitude damping: the NISQ study's cell at N = 3, tiny budget
NISQ = tiny_run(model={"n_qubits": 3, "noise": "amplitude_damping", "gamma": 0.1, "operating_point": [0.01],
                       "preparation_noise": [1e-3, 1e-2]},
                figure_of_merit="per_time",
                ga={"population": 4, "generations": 1, "max_genes": 5, "initial_genes": [1, 2], "init": "zero",
                    "local_steps": 0, "seed_reference": True})


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "ref"
    run(parse_config(NISQ), out)
    return out


def test_designed_probe_is_never_below_the_reference(run_dir):
    result = json.loads((run_dir / "result.json").read_text())
    assert result["vqs"]["best"] >= result["ghz"]["best"] * (1 - 1e-12)
    starts = [r["start"] for r in result["search"]["refined"]]
    assert starts[-1] == "reference"
    reference = result["search"]["refined"][-1]
    assert reference["initial"] == pytest.approx(result["ghz"]["best"], rel=1e-9)  # the seeded genome is GHZ


def test_export_and_extending_resume(run_dir, tmp_path, capsys):
    assert main(["export", str(run_dir), "--format", "qasm"]) == 0
    qasm = capsys.readouterr().out.strip()
    assert len(load_circuit(qasm).genes) == len(load_circuit(run_dir / "circuit.json").genes)
    before = json.loads((run_dir / "result.json").read_text())
    cfg = parse_config(NISQ | {"ga": NISQ["ga"] | {"generations": 2}})
    result = run(cfg, run_dir, resume=True)
    assert result.search["generations"] == 2
    assert result.vqs.best >= before["ghz"]["best"] * (1 - 1e-12)


def test_warm_start_beside_the_reference(run_dir, tmp_path):
    result = run(parse_config(NISQ | {"warm_start": str(run_dir)}), tmp_path / "warm")
    assert [r["start"] for r in result.search["refined"]][-2:] == ["reference", "warm"]
