"""Bad input on every command: exit code 2, exactly one line on stderr, no traceback, nothing written."""

import json
import math
import os
from pathlib import Path

import pytest

from ansatz import Circuit
from vqs.cli import main
from vqs.physics.engines import jax_engine as qfi_module
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


# --- issue 23: every numeric flag and config key, wrong types, unknown and repeated keys ---------

def _refused(world, capsys, argv, match=None):
    """Like :func:`_check_refused`, argparse's own errors (SystemExit 2, "vqs: error: ...") included."""
    before = _snapshot(world)
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2, (argv, err)
    assert err.count("\n") == 1 and err.endswith("\n") and "Traceback" not in err, (argv, err)
    assert err.startswith((f"vqs {argv[0]}: error: ", "vqs: error: ")), (argv, err)
    if match:
        assert match in err, (argv, err)
    assert _snapshot(world) == before, argv
    return err


BAD_NUMBERS = ["nan", "inf", "-inf", "1e308", "-1e308", "1" + "0" * 40]  # 1e40: beyond every range
QFI = ["qfi", "--qubits", "2", "--noise", "dephasing", "--gamma", "0.1"]


@pytest.mark.parametrize("value", BAD_NUMBERS)
@pytest.mark.parametrize("argv", [
    ["qfi", "--qubits", "2", "--noise", "dephasing", "--gamma", "{}"],
    [*QFI, "--t-max", "{}"],
    [*QFI, "--times", "{}"],
    [*QFI, "--times", "1,{}"],
    [*QFI, "--operating-point", "{}"],
    [*QFI, "--task", "multi", "--operating-point", "0.1,{},0.1"],
    [*QFI, "--points", "{}"],
    ["qfi", "--qubits", "{}", "--noise", "dephasing", "--gamma", "0.1"],
    ["measure", "table/cells/single_dephasing_g0.1_n2", "--starts", "{}"],
    ["plot", "table", "--kind", "best-vs-n", "--gamma", "{}"],
    ["plot", "table", "--kind", "qfi-vs-time", "--nodes", "{}"],
    ["purify", "--fidelity", "{}", "--rounds", "1"],
    ["purify", "--fidelity", "0.9", "--rounds", "{}"],
    ["purify", "--bell", "{},0,0,0", "--rounds", "1"],
    ["table", str(CONFIGS / "table1.yaml"), "--out", "t", "--workers", "{}"],
], ids=lambda a: "_".join(a[:1] + [x for x in a if x.startswith("--") or x == "{}"]))
def test_non_finite_and_huge_numbers_in_every_flag(world, capsys, argv, value):
    argv = [value if a == "{}" else a.replace("{}", value) for a in argv]
    _refused(world, capsys, argv)


@pytest.mark.parametrize("argv, match", [
    ([*QFI, "--times", "5,1,1"], "strictly increasing"),
    ([*QFI, "--times", "1,1"], "strictly increasing"),
    ([*QFI, "--operating-point", "1e10"], "exceeds 1e+06"),  # GHZ 13.533824 instead of 13.533528 before
    (["qfi", "--qubits", "2", "--noise", "dephasing", "--gamma", "0"], "--t-max"),
    (["plot", "table", "--kind", "best-vs-n", "--nodes", "2"], "--nodes does not apply"),
    (["plot", "table", "--kind", "qcrb-vs-n", "--nodes", "2"], "--nodes does not apply"),
    (["config", "outputs", "--table"], "does not apply"),
    (["run", str(CONFIGS / "quickstart.yaml"), "--out", "o", "--set", "engine=pennylane"],
     "--set ga.local_steps=0 --set refine.method=cobyla"),
    (["run", str(CONFIGS / "quickstart.yaml"), "--out", "o", "--set", "ga.generations=1000000000"], "less than or"),
    (["run", str(CONFIGS / "quickstart.yaml"), "--out", "o", "--set", "model.operating_point=[1e15]"],
     "model.operating_point: |theta| t_max"),
    (["run", str(CONFIGS / "quickstart.yaml"), "--out", "o", "--set", "model.n_qubits=true"], "got true"),
    (["run", str(CONFIGS / "quickstart.yaml"), "--out", "o", "--set", "model.gamma='0.1'"], 'got "0.1"'),
])
def test_refused_with_the_cause_named(world, capsys, argv, match):
    _refused(world, capsys, argv, match)


def test_measure_refuses_a_run_at_a_huge_operating_point(world, capsys):
    """A run directory from before the phase rule (operating point 1e15) crashed `vqs measure`."""
    score = ProbeScore(1.0, 1.0, 1.0, False, qfi=1.0, n_genes=0)
    result = RunResult("c", "single", "dephasing", 0.1, 2, [1e15], "per_shot", score, score, 1.0)
    RunDir(world / "huge").write_outputs(result, Circuit(2, (), "ghz"))
    _refused(world, capsys, ["measure", "huge"], "exceeds 1e+06")


CONFIG_FILES = {"run": "quickstart.yaml", "table": "table1.yaml", "network": "network.yaml", "iqsc": "iqsc.yaml"}
BAD_VALUES = [math.nan, math.inf, -math.inf, 1e308, -1e308, 10**40, True, "0.1"]


def _numeric_keys():
    from vqs.cli.config import _models
    from vqs.config import config_keys

    out = []
    for kind, (cls, *_) in _models().items():
        for row in config_keys(cls):
            numeric = "integer" in row["type"] or "number" in row["type"]
            if numeric and not row["section"] and not row["type"].startswith("mapping"):
                out.append((kind, row["key"], row["type"]))
    return out


def _set(raw: dict, key: str, value) -> None:
    *path, last = key.split(".")
    for part in path:
        raw = raw.setdefault(part, {})
    raw[last] = value


def _argv(kind: str, config: Path) -> list[str]:
    return [kind, str(config), "--out", "o"] + (["--quiet"] if kind in ("run", "table") else [])


@pytest.mark.parametrize("kind, key, kind_of_value", _numeric_keys(), ids=lambda x: str(x).replace(" ", "_"))
def test_every_numeric_config_key_refuses_non_finite_huge_and_mistyped_values(world, capsys, kind, key,
                                                                             kind_of_value):
    import yaml

    base = yaml.safe_load((CONFIGS / CONFIG_FILES[kind]).read_text())
    for value in BAD_VALUES:
        raw = json.loads(json.dumps(base))
        wrapped = [value] if kind_of_value.startswith("list") else [value, value] \
            if kind_of_value.startswith("[") else value
        _set(raw, key, wrapped)
        path = world / f"{kind}.yaml"
        path.write_text(yaml.safe_dump(raw))
        err = _refused(world, capsys, _argv(kind, path))
        # the key (or its section) is named, or (a table's value that reaches its cells) the cell it makes impossible
        named = any(part in err for part in key.split("."))
        assert named or (kind == "table" and "error: cell " in err), (key, value, err)


@pytest.mark.parametrize("kind, text, match", [
    ("run", "name: a\nmodel:\n  n_qubits: 2\n  n_qubits: 3\n", "duplicate key 'n_qubits' (line 4)"),
    ("run", "model:\n  n_qubits: 2\nmodel:\n  n_qubits: 3\n", "duplicate key 'model'"),
    ("table", "nodes: [2]\nnodes: [3]\n", "duplicate key 'nodes'"),
    ("network", "output: a\noutput: b\n", "duplicate key 'output'"),
    ("iqsc", "alpha: 1\nalpha: 2\n", "duplicate key 'alpha'"),
    ("run", "modle:\n  n_qubits: 2\n", "unknown key `modle` (did you mean `model`?)"),
    ("run", "model:\n  n_qubits: 2\nga:\n  populaton: 8\n",
     "unknown key `ga.populaton` (did you mean `ga.population`?)"),
    ("table", "node: [2]\n", "unknown key `node` (did you mean `nodes`?)"),
    ("network", "distances_km: {start: 5, stop: 10, points: 3, lgo: true}\n",
     "unknown key `distances_km.lgo` (did you mean `distances_km.log`?)"),
    ("iqsc", "alpah: 1\n", "unknown key `alpah` (did you mean `alpha`?)"),
    ("network", "distances_km: {start: 5, stop: 2, points: 3}\n", "distances_km: stop (2 km) must be >= start"),
    ("network", "distances_km: {start: 5, stop: 1e300, points: 3}\n", "distances_km: distances must be <= 20037.5"),
    ("network", "probe: {gamma: 1e300}\n", "probe: the sensing times"),
    ("table", "tasks: [single]\nnoises: [dephasing]\ngammas: [1e300]\nnodes: [2]\n", "outside the range the engine"),
    ("run", "model:\n  n_qubits: 2\n  operating_point: 0.01\n",
     "model.operating_point: Input should be a list, got 0.01"),
    ("run", "model:\n  n_qubits: 2\nwhen: 2020-01-01\n", "not a plain YAML scalar"),
])
def test_repeated_unknown_and_out_of_range_keys(world, capsys, kind, text, match):
    path = world / f"{kind}.yaml"
    path.write_text(text)
    err = _refused(world, capsys, _argv(kind, path), match)
    assert err.count("distances_km:") <= 1  # no repeated prefix


def test_yaml_12_floats_are_numbers(world):
    """PyYAML reads 2.0e5 as a string; every config reads it as a number (strict types would refuse it)."""
    from vqs.config import load
    from vqs.network.config import NetworkConfig

    (world / "n.yaml").write_text("fiber:\n  c_fiber_km_per_s: 2.0e5\n")
    assert load(NetworkConfig, world / "n.yaml").fiber.c_fiber_km_per_s == 200000.0


def test_plot_names_the_n_it_picks(world, capsys, tmp_path):
    assert main(["plot", "table", "--kind", "circuit", "--out", str(tmp_path / "f")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("N = 2 (the largest N of the single dephasing gamma = 0.1 cells; choose another with "
                          "--nodes)")
