"""Safe resume: JSON checkpoints validated on load (a crafted file runs no code), safe run names,
output files that respect the umask."""

import json
import os
import pickle
import stat

import pytest
from run_configs import tiny_run

from vqs.cli import main
from vqs.errors import VqsError
from vqs.search.pipeline import run
from vqs.search.rundir import RunDir
from vqs.search.schema import parse_config

TINY = tiny_run()


class Killed(Exception):
    pass


def _kill_at(n):
    def progress(generation, total, best):
        if generation == n:
            raise Killed
    return progress


class _Exploit:
    """Unpickling this creates a marker file: the proof that a pickle checkpoint would run code."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_crafted_pickle_checkpoint_runs_no_code(tmp_path):
    cfg = parse_config(TINY)
    with pytest.raises(Killed):
        run(cfg, tmp_path / "r", progress=_kill_at(0))
    paths = RunDir(tmp_path / "r")
    marker = tmp_path / "pwned"
    blob = pickle.dumps(_Exploit(str(marker)))
    for name in ("checkpoint.pkl", "checkpoint.json"):
        (tmp_path / "r" / name).write_bytes(blob)
    with pytest.raises(VqsError, match="cannot resume from"):
        run(cfg, tmp_path / "r", resume=True)
    assert not marker.exists()
    # a legacy checkpoint.pkl alone is never read: the GA restarts and ends like a straight run
    paths.checkpoint.unlink()
    resumed = run(cfg, tmp_path / "r", resume=True)
    assert not marker.exists()
    straight = run(cfg, tmp_path / "s")
    assert resumed.vqs == straight.vqs
    pickle.loads(blob)  # the crafted file does run code when unpickled
    assert marker.exists()


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_crafted_json_checkpoint_is_refused_with_one_line(tmp_path, capsys):
    cfg_path = tmp_path / "c.yaml"
    cfg_path.write_text(json.dumps(TINY))
    cfg = parse_config(TINY)
    with pytest.raises(Killed):
        run(cfg, tmp_path / "r", progress=_kill_at(1))
    paths = RunDir(tmp_path / "r")
    data = json.loads(paths.checkpoint.read_text())
    assert data["format"] == "vqs.run-checkpoint" and data["elapsed_s"] > 0
    assert data["ga"]["format"] == "genetic.GAState" and data["ga"]["generation"] == 1
    data["ga"]["cache"][0][0] = [["RX", 5, None, 0.1]]
    paths.checkpoint.write_text(json.dumps(data))
    assert main(["run", str(cfg_path), "--out", str(tmp_path / "r"), "--resume", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "out of range" in err and "Traceback" not in err
    assert not paths.result.exists()


@pytest.mark.parametrize("name", ["", ".", "..", "../x", "/abs", "a/b", "a b", "é", None])
def test_unsafe_names_are_refused(name):
    with pytest.raises(VqsError, match="name"):
        parse_config({**TINY, "name": name})


@pytest.mark.parametrize("name", ["run", "n3_dephasing-g0.1", "A.b-c_d"])
def test_safe_names_are_accepted(name):
    assert parse_config({**TINY, "name": name}).name == name


def test_table_name_is_a_safe_name():
    from vqs.report.table_config import TableConfig

    with pytest.raises(VqsError, match="name"):
        from vqs.config import parse

        parse(TableConfig, {"name": "../../etc"})


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_run_files_respect_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        run(parse_config(TINY), tmp_path / "r")
    finally:
        os.umask(old)
    files = [p for p in (tmp_path / "r").iterdir()]
    assert {p.name for p in files} >= {"result.json", "checkpoint.json", "circuit.json", "history.csv"}
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o644}
