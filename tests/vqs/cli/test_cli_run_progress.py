"""vqs run: progress lines when piped, a bar on a terminal, --quiet; interrupt -> how to resume;
extending a finished run with more generations; wall_time_s over every session."""

import json
import shlex

import pytest
import yaml
from run_configs import tiny_run

from vqs.cli import main, progress
from vqs.search.rundir import RunDir

TINY = tiny_run(seed=2, model={"noise": "amplitude_damping"}, refine={"top_k": 2})


@pytest.fixture
def cfg(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(yaml.safe_dump(TINY))
    return path


def _stable(run_dir):
    data = json.loads((run_dir / "result.json").read_text())
    data.pop("wall_time_s")
    return data


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_piped_run_prints_progress_lines_and_quiet_none(tmp_path, cfg, capsys):
    assert main(["run", str(cfg), "--out", str(tmp_path / "a")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert all(line.startswith("vqs run [") for line in err)
    text = "\n".join(err)
    assert "search: compiling the kernel and scoring generation 0 (2 generations)" in text
    assert "generation 0/2  best" in text and "generation 2/2  best" in text
    assert "ETA -" in err[1] and "ETA -" not in err[3]  # an estimate once a generation has been timed
    assert [line.split("] ")[1] for line in err[-3:]] == ["refinement 1 of 2", "refinement 2 of 2",
                                                         "GHZ baseline and outputs"]
    assert main(["run", str(cfg), "--out", str(tmp_path / "b"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""
    assert _stable(tmp_path / "a") == _stable(tmp_path / "b")


@pytest.mark.parametrize("name, k, total, line", [
    ("refine", 1, 3, "refinement 1 of 3"),
    ("hcrb", 2, 3, "HCRB refinement 2 of 3 (two starts: the refined angles and zero angles)"),
    ("baseline", 1, 1, "GHZ baseline and outputs"),
])
def test_each_stage_has_its_own_line(capsys, name, k, total, line):
    progress.LogProgress().stage(name, k, total)
    assert capsys.readouterr().err.strip().split("] ", 1)[1] == line


def test_terminal_gets_the_bar(monkeypatch):
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    with progress.reporter(False) as bar:
        assert isinstance(bar, progress.BarProgress)
        bar.stage("search", 0, 2)
        bar.generation(0, 2, 1.5)
        bar.generation(1, 2, 2.5)
        task = bar.bar.tasks[0]
        assert task.completed == 1 and task.fields["best"] == "2.5" and task.fields["eta"] != "-"
        bar.stage("refine", 1, 3)
        assert bar.bar.tasks[0].description == "refine 1/3"
        bar.stage("hcrb", 2, 3)
        assert bar.bar.tasks[0].description == "HCRB refine 2/3" and bar.bar.tasks[0].completed == 1
    with progress.reporter(True) as none:
        assert none is None


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_interrupt_says_how_to_resume_and_the_command_works(tmp_path, cfg, capsys, monkeypatch):
    out = tmp_path / "r"
    original = progress.LogProgress.generation

    def interrupt(self, generation, total, best):
        original(self, generation, total, best)
        if generation == 1:
            raise KeyboardInterrupt

    monkeypatch.setattr(progress.LogProgress, "generation", interrupt)
    assert main(["run", str(cfg), "--out", str(out), "--set", "refine.steps=3"]) == 130
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("vqs run: interrupted;") and "--resume" in last
    elapsed = json.loads((out / "checkpoint.json").read_text())["elapsed_s"]
    monkeypatch.setattr(progress.LogProgress, "generation", original)
    command = shlex.split(last.split("with: ", 1)[1])
    assert command[:2] == ["vqs", "run"]
    assert main(command[1:] + ["--quiet"]) == 0
    assert main(["run", str(cfg), "--out", str(tmp_path / "straight"), "--quiet"]) == 0
    assert _stable(out) == _stable(tmp_path / "straight")
    result = RunDir(out).read_result()
    assert result.wall_time_s > elapsed > 0  # the interrupted session counts


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_extend_a_finished_run(tmp_path, cfg, capsys):
    out = tmp_path / "r"
    assert main(["run", str(cfg), "--out", str(out), "--quiet", "--set", "ga.generations=1"]) == 0
    first = RunDir(out).read_result()
    assert main(["run", str(cfg), "--out", str(out), "--quiet", "--resume", "--set", "ga.generations=3"]) == 0
    assert main(["run", str(cfg), "--out", str(tmp_path / "s"), "--quiet", "--set", "ga.generations=3"]) == 0
    assert _stable(out) == _stable(tmp_path / "s")
    assert (out / "history.csv").read_text() == (tmp_path / "s" / "history.csv").read_text()
    assert yaml.safe_load((out / "config.resolved.yaml").read_text())["ga"]["generations"] == 3
    assert RunDir(out).read_result().wall_time_s > first.wall_time_s
    capsys.readouterr()
    for sets, match in ((["ga.generations=2"], "can only grow"), (["ga.generations=4", "seed=5"], "differs")):
        argv = ["run", str(cfg), "--out", str(out), "--quiet", "--resume"] + [x for s in sets for x in ("--set", s)]
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert match in err and err.count("\n") == 1
    # resuming the finished, extended run returns it as is, also with another number of worker
    # processes (how the work is run, not what is computed: a table takes such a run as its cell)
    before = (out / "result.json").read_text()
    for workers in ("1", "2"):
        argv = ["run", str(cfg), "--out", str(out), "--quiet", "--resume", "--set", "ga.generations=3"]
        assert main(argv + ["--set", f"ga.workers={workers}"]) == 0
        assert (out / "result.json").read_text() == before
    assert yaml.safe_load((out / "config.resolved.yaml").read_text())["ga"]["workers"] == 1
