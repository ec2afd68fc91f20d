"""Function-level imports in library code: only the documented ones (docs/architecture.md,
"Function-level imports"): optional extras (ray, qutip), PennyLane where the engine, the drawing
or the QASM reader use it, matplotlib where a figure is drawn, rich on a terminal, fcntl (POSIX)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {  # top-level package imported inside a function -> the modules allowed to do so
    "ray": {"vqs/report/executors.py"},
    "qutip": {"vqs/physics/readout/wigner.py"},
    "pennylane": {"vqs/physics/engines/pennylane_engine.py", "vqs/report/circuit_png.py", "ansatz/qasm.py"},
    "ansatz": {"vqs/physics/engines/pennylane_engine.py", "vqs/report/circuit_png.py"},  # ansatz.pennylane_ops
    "matplotlib": {"vqs/report/plots.py", "vqs/report/circuit_png.py", "vqs/network/iqsc.py",
                   "vqs/network/figures.py", "vqs/network/purified_qfi.py", "vqs/report/distributed.py",
                   "vqs/cli/estimate.py"},
    "rich": {"vqs/cli/progress.py"},
    "fcntl": {"vqs/io.py"},
}


def function_imports(path: Path) -> list[tuple[str, int]]:
    """(imported module, line) of every import inside a function or method of ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import):
                    found += [(a.name, inner.lineno) for a in inner.names]
                elif isinstance(inner, ast.ImportFrom) and inner.level == 0:
                    found.append((inner.module, inner.lineno))
    return found


@pytest.mark.parametrize("source, expected", [
    ("import os\ndef f():\n    import json\n", [("json", 3)]),
    ("def f():\n    def g():\n        from a.b import c\n", [("a.b", 3), ("a.b", 3)]),
    ("from x import y\n", []),
])
def test_function_imports_finds_them(tmp_path, source, expected):
    path = tmp_path / "m.py"
    path.write_text(source)
    assert function_imports(path) == expected


def test_only_documented_function_level_imports():
    bad = []
    for package in ("vqs", "ansatz", "genetic"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            for module, line in function_imports(path):
                if rel not in ALLOWED.get(module.split(".")[0], set()):
                    bad.append(f"{rel}:{line} imports {module}")
    assert not bad, "function-level imports not documented in docs/architecture.md: " + "; ".join(bad)
