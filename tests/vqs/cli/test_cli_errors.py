"""Bad input on every command: exit code 2, exactly one line on stderr, no traceback, nothing written."""

import json
import os
from pathlib import Path

import pytest

from ansatz import Circuit
from vqs.cli import main
from vqs.physics import qfi as qfi_module
from vqs.search.rundir import ProbeScore, RunDir, RunResult

ROOT = Path(__file__).resolve().parents[3]
CONFIGS = ROOT / "configs"


def _snapshot(root: Path) -> dict:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*")}


@pytest.fixture
def world(tmp_path, monkeypatch):
    """A working folder with a file, a tiny table directory and a circuit file, and cwd there."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("not a folder\n")
    score = ProbeScore(1.0, 1.0, 1.0, False, qfi=1.0, n_genes=0)
    result = RunResult("c", "single", "dephasing", 0.1, 2, [0.01], "per_shot", score, score, 1.0)
    RunDir(tmp_path / "table" / "cells" / "single_dephasing_g0.1_n2").write_outputs(result, Circuit(2, (), "ghz"))
    (tmp_path / "c2.json").write_text(json.dumps({"n_qubits": 2, "init": "ghz", "genes": []}))
    (tmp_path / "c40.json").write_text(json.dumps({"n_qubits": 40, "init": "ghz", "genes": []}))
    (tmp_path / "latin1.yaml").write_bytes("name: caf\xe9\n".encode("latin-1"))
    return tmp_path


def _commands(world: Path, out: str) -> list[list[str]]:
    return [
        ["run", str(CONFIGS / "quickstart.yaml"), "--out", out, "--quiet"],
        ["network", str(CONFIGS / "network.yaml"), "--out", out],
        ["iqsc", str(CONFIGS / "iqsc.yaml"), "--out", out],
        ["plot", str(world / "table"), "--kind", "best-vs-n", "--out", out],
        ["table", str(CONFIGS / "table1.yaml"), "--out", out, "--quiet"],
    ]


BAD_OUTS = ["afile", "/proc/x", "afile/sub", "afile/sub/deeper"]


def _check_refused(world, capsys, argv, match=None):
    before = _snapshot(world)
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, (argv, err)
    assert err.count("\n") == 1 and err.endswith("\n") and "Traceback" not in err, (argv, err)
    assert err.startswith(f"vqs {argv[0]}: error: ")
    if match:
        assert match in err, (argv, err)
    assert _snapshot(world) == before, argv
    assert not os.path.exists("/proc/x")
    return err


@pytest.mark.parametrize("out", BAD_OUTS)
@pytest.mark.parametrize("command", ["run", "network", "iqsc", "plot", "table"])
def test_bad_output_folders(world, capsys, out, command):
    argv = next(c for c in _commands(world, out) if c[0] == command)
    _check_refused(world, capsys, argv, out)


@pytest.mark.parametrize("output", ["/proc/x/c.qasm", "afile/c.qasm", "afile/sub/c.qasm"])
def test_export_to_an_impossible_place(world, capsys, output):
    _check_refused(world, capsys, ["export", "c2.json", "--format", "qasm", "--output", output])


@pytest.mark.parametrize("command", ["run", "table", "network", "iqsc"])
def test_non_utf8_config(world, capsys, command):
    _check_refused(world, capsys, [command, "latin1.yaml"], "not UTF-8")


@pytest.mark.parametrize("argv", [
    ["qfi", "--probe", "c40.json", "--noise", "dephasing", "--gamma", "0.1"],
    ["qfi", "--qubits", "20", "--noise", "dephasing", "--gamma", "0.1"],
    ["qfi", "--qubits", "2", "--noise", "dephasing", "--gamma", "0.1", "--points", "1000000000000"],
    ["qfi", "--qubits", "16", "--noise", "dephasing", "--gamma", "0.1", "--task", "multi",
     "--operating-point", "0.01,0.01,0.01"],
])
def test_what_cannot_fit_in_memory_is_refused(world, capsys, argv):
    err = _check_refused(world, capsys, argv, "above the limit of")
    assert f"{qfi_module.MEMORY_LIMIT_BYTES:.3g} bytes" in err


def test_memory_limit_is_half_the_physical_memory():
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    assert qfi_module.MEMORY_LIMIT_BYTES == physical // 2
    # what fits is accepted: 2 qubits at 32 times is a few kilobytes
    assert qfi_module.require_memory(2, 32) < 10**6


def test_good_output_folder_still_works(world, capsys):
    assert main(["iqsc", str(CONFIGS / "iqsc.yaml"), "--out", "fresh/iqsc"]) == 0
    assert (world / "fresh" / "iqsc" / "summary.json").exists()
    assert not [p for p in world.rglob(".vqs-probe-*")]
