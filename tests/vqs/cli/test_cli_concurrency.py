"""Run and table directories under concurrency and termination: an OS lock lets exactly one of two
runs started at once on a directory run (the other: one line, exit 2); SIGTERM stops `vqs table`
and `vqs run` like Ctrl-C (resume hint) and ends their worker processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from run_configs import tiny_run

from vqs.errors import VqsError
from vqs.io import LOCK_NAME, DirLock

ROOT = Path(__file__).resolve().parents[3]
ENV = dict(os.environ, PYTHONPATH=str(ROOT))

# 20 pairs of processes, each pair forked from one parent that imported vqs once, released together
# by one write to a pipe, both calling prepare_run_dir on the same fresh directory
_RACE = r"""
import json, os, sys, time
from vqs.errors import VqsError
from vqs.search.resume import prepare_run_dir
from vqs.search.schema import parse_config
config = parse_config(json.loads(sys.argv[2]))
root, outcomes = sys.argv[1], []
for i in range(20):
    out = os.path.join(root, f"run{i}")
    go_r, go_w = os.pipe()
    msg_r, msg_w = os.pipe()
    kids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            os.close(go_w)
            os.read(go_r, 1)
            try:
                session = prepare_run_dir(config, out, False)
            except VqsError as err:
                os.write(msg_w, (str(err).replace("\n", " ") + "\n").encode())
                os._exit(2)
            time.sleep(0.2)  # the winner holds the directory a moment, as a run does
            session.release()
            os._exit(0)
        kids.append(pid)
    os.write(go_w, b"gg")
    codes = sorted(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in kids)
    os.close(msg_w)
    messages = os.read(msg_r, 65536).decode().splitlines()
    outcomes.append({"codes": codes, "messages": messages, "files": sorted(os.listdir(out))})
print(json.dumps(outcomes))
"""


def test_two_runs_started_at_once_exactly_one_runs_20_times(tmp_path):
    raw = tiny_run()
    proc = subprocess.run([sys.executable, "-c", _RACE, str(tmp_path), json.dumps(raw)], env=ENV,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    outcomes = json.loads(proc.stdout)
    assert len(outcomes) == 20
    for o in outcomes:
        assert o["codes"] == [0, 2]  # exactly one runs, every time
        assert len(o["messages"]) == 1
        assert "in use by another vqs run" in o["messages"][0] or "already holds a run" in o["messages"][0]
        assert o["files"] == sorted([LOCK_NAME, "config.resolved.yaml"])


def test_a_cli_run_on_a_locked_directory_gets_one_line(tmp_path):
    """`vqs run` on a directory another process holds (here: this test) exits 2 with one line and
    writes nothing but the lock file that was already there."""
    cfg = tmp_path / "tiny.yaml"
    cfg.write_text(yaml.safe_dump(tiny_run(ga={"generations": 0}, refine={"method": "none"})))
    out = tmp_path / "r"
    argv = [sys.executable, "-m", "vqs", "run", str(cfg), "--out", str(out), "--quiet"]
    with DirLock(out):
        proc = subprocess.run(argv, env=ENV, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
        assert "in use by another vqs run" in proc.stderr
        assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]


@pytest.mark.parametrize("existing", [False, True])
def test_a_refused_run_leaves_nothing_behind(tmp_path, existing):
    """The lock file and folders made for a run that is then refused are removed again."""
    out = tmp_path / "a" / "b"
    if existing:
        out.mkdir(parents=True)
    lock = DirLock(out).acquire()
    with pytest.raises(VqsError, match="in use by another vqs table"):
        DirLock(out, "table").acquire()
    lock.release(discard=True)
    assert not (tmp_path / "a").exists() if not existing else list(out.iterdir()) == []
    with DirLock(out):  # free again
        assert (out / LOCK_NAME).exists()


def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid`` (from /proc)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes() if _alive(pid) else b""
    except OSError:
        return b""


def _terminate_when_workers_compute(proc, n_workers: int, settle: float) -> set[int]:
    deadline = time.monotonic() + 120
    kids: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None:
        kids |= _children(proc.pid)
        workers = [p for p in kids if b"spawn_main" in _cmdline(p)]
        if len(workers) >= n_workers:
            break
        time.sleep(0.2)
    assert proc.poll() is None, "the command ended before its workers started"
    time.sleep(settle)  # the workers import vqs and start on their jobs
    kids |= _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    return kids


def _assert_gone(pids: set[int], seconds: float = 8.0) -> None:
    deadline = time.monotonic() + seconds
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [p for p in pids if _alive(p)], "worker processes survived their command"


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_sigterm_on_a_table_prints_the_hint_and_stops_its_workers(tmp_path):
    table = {"name": "t", "seed": 1, "tasks": ["single", "multi"], "noises": ["dephasing"], "gammas": [0.1],
             "nodes": [2], "local_columns": False, "multi_optimum_starts": 2,
             "run": {"time_grid": {"points": 6},
                     "ga": {"population": 8, "generations": 5000, "max_genes": 6, "initial_genes": [1, 3]},
                     "refine": {"top_k": 1, "steps": 5}}}
    cfg = tmp_path / "t.yaml"
    cfg.write_text(yaml.safe_dump(table))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "vqs", "table", str(cfg), "--out", str(out), "--workers", "2"],
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    kids = _terminate_when_workers_compute(proc, 2, 3.0)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert err.count("\n") == 1 and "vqs table: interrupted" in err and "--resume" in err, err
    assert "leaked" not in err
    _assert_gone(kids)
    with DirLock(out, "table"):  # and the directory is free for the resume
        pass


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_sigterm_on_a_run_prints_the_hint_and_stops_its_workers(tmp_path):
    cfg = tmp_path / "tiny.yaml"
    cfg.write_text(yaml.safe_dump(tiny_run(ga={"generations": 2000, "workers": 2, "population": 8})))
    out = tmp_path / "r"
    proc = subprocess.Popen([sys.executable, "-m", "vqs", "run", str(cfg), "--out", str(out), "--quiet"],
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    kids = _terminate_when_workers_compute(proc, 1, 1.0)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143
    assert err.count("\n") == 1 and err.startswith("vqs run: interrupted;") and "--resume" in err, err
    _assert_gone(kids)
