"""The public API: the type stub matches the lazy names, design() is run() without the disk, doctests run."""

import ast
import doctest
import importlib
import inspect
import os
from pathlib import Path

import pytest
from run_configs import tiny_run

import vqs
from vqs.errors import VqsError
from vqs.search.design import DesignResult, design
from vqs.search.pipeline import run
from vqs.search.rundir import RunDir
from vqs.search.schema import parse_config

ROOT = Path(__file__).resolve().parents[2]


def _stub_names() -> dict[str, str]:
    tree = ast.parse((ROOT / "vqs" / "__init__.pyi").read_text())
    return {alias.asname: node.module for node in tree.body if isinstance(node, ast.ImportFrom)
            for alias in node.names}


def test_the_stub_declares_every_public_name_and_nothing_else():
    assert sorted(_stub_names()) == sorted(n for n in vqs.__all__ if n != "__version__")


@pytest.mark.parametrize("name", sorted(_stub_names()))
def test_each_stub_name_is_the_lazy_attribute(name):
    module = _stub_names()[name]
    assert getattr(vqs, name) is getattr(importlib.import_module(module), name)


@pytest.fixture(scope="module")
def designed() -> tuple[DesignResult, dict]:
    raw = tiny_run()
    return design(parse_config(raw)), raw


@pytest.fixture(scope="module")
def small_design(tmp_path_factory) -> tuple[DesignResult, Path]:
    """A one-generation design made in an empty working directory (shared by the no-disk and save tests:
    the default suite pays one design; the tiny run's design is for the integration test)."""
    cwd = tmp_path_factory.mktemp("cwd")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(cwd)
        model = vqs.SensingModel(2, "single", "dephasing", gamma=0.2)
        out = design(model, search={"population": 4, "generations": 1, "max_genes": 2, "initial_genes": [1, 2],
                                    "local_steps": 0},
                     refine={"method": "none", "top_k": 1}, time_grid={"points": 8}, seed=3)
    return out, cwd


def test_design_touches_no_disk(small_design):
    out, cwd = small_design
    assert out.result.vqs.best >= out.result.ghz.best > 0
    assert os.listdir(cwd) == []


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_run_is_design_written_to_a_folder(designed, tmp_path):
    result, raw = designed
    written = run(parse_config(raw), tmp_path / "r")
    a, b = result.result.to_dict(), written.to_dict()
    a.pop("wall_time_s"), b.pop("wall_time_s")
    assert a == b
    assert RunDir(tmp_path / "r").read_circuit() == result.circuit


def test_save_writes_the_run_directory(small_design, tmp_path):
    result, _ = small_design
    paths = result.save(tmp_path / "saved")
    for name in (RunDir.CONFIG, RunDir.CHECKPOINT, RunDir.HISTORY, RunDir.RESULT, RunDir.CIRCUIT, RunDir.QASM):
        assert (paths.root / name).is_file(), name
    assert paths.read_result().to_dict() == result.result.to_dict()
    assert len(result.history) == result.result.search["generations"] + 1
    with pytest.raises(VqsError, match="already holds a run"):
        result.save(tmp_path / "saved")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"model": {"n_qubits": 0, "task": "single", "noise": "dephasing", "gamma": 0.1}}, "n_qubits"),
        ({"model": {"n_qubits": 2, "task": "single", "noise": "dephasing", "gamma": 0.1}, "search": {"population": 1}},
         "population"),
        ({"model": {"n_qubits": 2, "task": "single", "noise": "dephasing", "gamma": 0.1}, "search": 3}, "search"),
        ({"model": {"n_qubits": 2, "task": "single", "noise": "dephasing", "gamma": 0.1}, "engine": "numpy"}, "engine"),
    ],
)
def test_design_refuses_bad_input_before_any_work(kwargs, message):
    with pytest.raises(VqsError, match=message):
        design(**kwargs)


def test_help_shows_a_typed_signature_with_args_and_returns():
    doc = vqs.design.__doc__
    assert "Args:" in doc and "Returns:" in doc
    signature = str(inspect.signature(vqs.design))
    assert "SensingModel" in signature and "DesignResult" in signature


_PUBLIC_FUNCTIONS = sorted(n for n in _stub_names() if inspect.isfunction(getattr(vqs, n)))


@pytest.mark.parametrize("name", _PUBLIC_FUNCTIONS)
def test_every_public_function_is_typed_with_args_and_returns(name):
    function = getattr(vqs, name)
    signature = inspect.signature(function)
    untyped = [p.name for p in signature.parameters.values()
               if p.annotation is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    assert not untyped, f"vqs.{name}: untyped parameters {untyped}"
    assert signature.return_annotation is not inspect.Signature.empty, f"vqs.{name}: no return type"
    doc = inspect.getdoc(function) or ""
    assert "Args:" in doc and "Returns:" in doc, f"vqs.{name}: its docstring needs Args: and Returns:"


DOCTEST_MODULES = ["vqs", "vqs.compile_cache", "vqs.search.design", "vqs.search.rundir", "vqs.physics.qfi",
                   "vqs.physics.fom", "vqs.physics.kernel.sld", "vqs.physics.model.sensing_model", "ansatz.layers"]


@pytest.mark.parametrize("name", DOCTEST_MODULES)
def test_doctests(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    failed, tried = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)[:2]
    assert tried > 0 and failed == 0


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_the_readme_example_designs_without_the_disk_until_save(tmp_path, monkeypatch, capsys):
    text = (ROOT / "README.md").read_text()
    code = text.split("### From Python, in memory\n\n```python\n", 1)[1].split("```", 1)[0]
    before_save, save = code.split("probe.save(", 1)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(before_save, namespace)
    assert os.listdir(tmp_path) == []
    exec("probe.save(" + save, namespace)
    assert RunDir(tmp_path / "runs" / "notebook").read_result().vqs.best == namespace["probe"].result.vqs.best
