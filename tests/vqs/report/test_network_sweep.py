"""vqs network --design: Fig. 4 with designed probes, warm-started distance by distance, the (link,
protocol) chains on the table's executors, resumable (integration)."""

import csv

import pytest
import yaml

from vqs.cli import main

pytestmark = pytest.mark.integration

SWEEP = {
    "distances_km": [100, 300, 2000],  # 2000 km: beyond the satellite's coverage, skipped
    "links": ["satellite"], "protocols": ["distributed"], "cold": True, "optimum_starts": 2,
    "run": {"seed": 1, "model": {"n_qubits": 2, "noise": "dephasing", "gamma": 0.1, "operating_point": [0.01]},
            "time_grid": {"points": 8, "gamma_t_max": 3}, "figure_of_merit": "per_time",
            "ga": {"population": 6, "generations": 1, "max_genes": 5, "initial_genes": [1, 3], "local_steps": 0},
            "refine": {"method": "adam", "top_k": 1, "steps": 5, "learning_rate": 0.05}},
}
NETWORK = {"distances_km": {"start": 100, "stop": 300, "points": 2}, "links": ["satellite"],
           "probe": {"n_qubits": 2, "time_points": 8}, "purification": {"rounds": [0]}}


def test_sweep_writes_designed_rows_warm_and_cold(tmp_path):
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(SWEEP))
    (tmp_path / "n.yaml").write_text(yaml.safe_dump(NETWORK))
    out = tmp_path / "out"
    assert main(["network", str(tmp_path / "n.yaml"), "--design", str(tmp_path / "s.yaml"), "--out", str(out),
                 "--workers", "1"]) == 0
    rows = list(csv.DictReader((out / "designed.csv").open()))
    assert [(r["distance_km"], r["start"], r["warm_from_km"]) for r in rows] == [
        ("100.0", "warm", ""), ("100.0", "cold", ""), ("300.0", "warm", "100.0"), ("300.0", "cold", ""),
        ("100.0", "back", "300.0")]  # the back pass: 100 km once more from 300 km's best
    for r in rows:
        assert float(r["vqs"]) >= float(r["ghz"]) * (1 - 1e-9)  # GHZ is in the search space
        assert float(r["vqs"]) <= float(r["optimum"]) * (1 + 1e-6)  # the see-saw estimate is an upper bound here
        assert r["estimate_kind"] == "seesaw" and r["estimate"] == r["optimum"]
        assert float(r["optimum"]) <= float(r["bound"]) * (1 + 1e-9)  # the certificate: achieved <= proven
    assert (out / "designed.png").stat().st_size > 0
    warm300 = yaml.safe_load((out / "designed" / "satellite_distributed" / "300km_warm" / "config.resolved.yaml")
                             .read_text())
    assert warm300["warm_start"].endswith("100km_warm")


def test_bad_run_section_refused_before_writing(tmp_path, capsys):
    bad = SWEEP | {"run": SWEEP["run"] | {"figure_of_merit": "hcrb_per_time"}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(bad))
    (tmp_path / "n.yaml").write_text(yaml.safe_dump(NETWORK))
    out = tmp_path / "out"
    assert main(["network", str(tmp_path / "n.yaml"), "--design", str(tmp_path / "s.yaml"), "--out", str(out)]) == 2
    assert not out.exists()
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_remote_chain_on_workers_gets_a_local_estimate_and_resumes(tmp_path, capsys):
    """Remote protocol: the estimate is the local-readout optimum, between the designed probe and the QFI
    optimum; two chains on two worker processes; a second command without --resume is refused, with
    --resume the finished chains are kept and the same rows come back."""
    sweep = SWEEP | {"distances_km": [200], "links": ["satellite", "fiber"], "protocols": ["remote"], "cold": False}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sweep))
    (tmp_path / "n.yaml").write_text(yaml.safe_dump(NETWORK | {"links": ["satellite", "fiber"]}))
    out = tmp_path / "out"
    args = ["network", str(tmp_path / "n.yaml"), "--design", str(tmp_path / "s.yaml"), "--out", str(out)]
    assert main(args + ["--workers", "2"]) == 0
    rows = list(csv.DictReader((out / "designed.csv").open()))
    assert [(r["link"], r["protocol"], r["start"]) for r in rows] == [("satellite", "remote", "warm"),
                                                                      ("fiber", "remote", "warm")]
    for r in rows:
        assert r["estimate_kind"] == "local_readout"
        assert float(r["vqs"]) <= float(r["estimate"]) * (1 + 1e-9)  # the designed probe is one of its starts
        assert float(r["estimate"]) <= float(r["optimum"]) * (1 + 1e-6) <= float(r["bound"]) * (1 + 2e-6)
    assert "chain done (2 of 2 chains)" in capsys.readouterr().err
    assert main(args) == 2  # an earlier sweep is there: --resume or another --out
    assert "--resume" in capsys.readouterr().err
    assert main(args + ["--resume", "--workers", "1"]) == 0
    assert list(csv.DictReader((out / "designed.csv").open())) == rows
    assert capsys.readouterr().err.count("finished earlier, kept") == 2


@pytest.mark.parametrize("extra, match", [
    (["--workers", "0"], "--workers"),
    (["--address", "x:1"], "--address is for --executor ray"),
])
def test_executor_options_refused_before_writing(tmp_path, capsys, extra, match):
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(SWEEP))
    (tmp_path / "n.yaml").write_text(yaml.safe_dump(NETWORK))
    out = tmp_path / "out"
    args = ["network", str(tmp_path / "n.yaml"), "--design", str(tmp_path / "s.yaml"), "--out", str(out)]
    assert main(args + extra) == 2
    assert not out.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and match in err[0]
