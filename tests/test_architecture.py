"""The allowed import directions of docs/architecture.md, checked on the source with ``ast``.

Every import counts, lazy ones inside functions included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("vqs", "genetic", "ansatz")

# the shared low-level modules of vqs: below every wing
SHARED = ("vqs.errors", "vqs.io", "vqs._checks", "vqs.names", "vqs.config", "vqs.compile_cache")
WINGS = ("vqs.physics", "vqs.search", "vqs.report", "vqs.network", "vqs.cli")

# layer -> the vqs layers it must never import
FORBIDDEN = {
    "vqs.physics": ("vqs.search", "vqs.report", "vqs.network", "vqs.cli"),
    "vqs.search": ("vqs.report", "vqs.cli"),  # the run config's model.network resolves the links (vqs.network.nodes)
    "vqs.report": ("vqs.network", "vqs.cli"),
    "vqs.network": ("vqs.search", "vqs.report", "vqs.cli"),
    **{shared: WINGS for shared in SHARED},
}
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield _module_name(path), path


def _imports(name: str, path: Path) -> set[str]:
    """Absolute names of every module imported by the file (``from a import b`` gives a.b when
    a/b.py exists, else a)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                if candidate == "vqs.__version__":  # the version string, not the public API
                    out.add(candidate)
                    continue
                as_path = ROOT.joinpath(*candidate.split("."))
                out.add(candidate if as_path.with_suffix(".py").exists() or as_path.is_dir() else base)
    return out


def _layer(module: str) -> str | None:
    for layer in (*WINGS, *SHARED):
        if module == layer or module.startswith(layer + "."):
            return layer
    return None


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


SOURCES = dict(_sources())


def test_sources_found():
    expected = {"vqs.physics.kernel.batched", "vqs.search.pipeline", "vqs.report.table", "genetic.evolve",
                "ansatz.circuit"}
    assert expected <= set(SOURCES)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_import_directions(name):
    path = SOURCES[name]
    imported = _imports(name, path)
    if name.split(".")[0] in ("genetic", "ansatz"):
        bad = sorted(m for m in imported if _within(m, "vqs"))
        assert not bad, f"{name} ({path}) imports vqs: {bad}"
        return
    layer = _layer(name)
    if layer is None:  # vqs/__init__.py, vqs/__main__.py: the public API and the command sit on top
        return
    bad = sorted(m for m in imported if any(_within(m, f) for f in FORBIDDEN.get(layer, ())))
    assert not bad, f"{name} ({layer}) imports {bad}; see docs/architecture.md"
    # only the CLI (and the package top) use the public API module itself
    assert "vqs" not in imported or layer == "vqs.cli", f"{name} imports the package top `vqs`"


def test_physics_search_report_never_import_the_cli_or_each_other_upwards():
    """The same rule seen from the other side: who imports vqs.cli."""
    users = sorted(n for n, p in SOURCES.items() if not _within(n, "vqs.cli") and n not in ("vqs", "vqs.__main__")
                   and any(_within(m, "vqs.cli") for m in _imports(n, p)))
    assert not users


PYTHON_FILES = sorted(str(p.relative_to(ROOT)) for folder in (*PACKAGES, "benchmarks", "tests", "configs")
                      for p in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", PYTHON_FILES)
def test_no_python_file_over_the_limit(path):
    """The packages, the benchmarks and the tests alike."""
    lines = (ROOT / path).read_text().count("\n")
    assert lines <= MAX_LINES, f"{path} has {lines} lines (limit {MAX_LINES}): split it"


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative): every import
    cycle, lazy imports included, each as a sorted list of module names."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


@pytest.mark.parametrize(
    "graph, cycles",
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b", "d"}, "b": {"a"}, "d": {"e"}, "e": {"d"}}, [["a", "b"], ["d", "e"]]),
    ],
)
def test_import_cycles_finds_every_cycle(graph, cycles):
    assert sorted(import_cycles(graph)) == cycles


def test_no_import_cycles():
    """No module imports, directly or through others, one that imports it (lazy imports count:
    a cycle hidden in a function is still two modules that cannot be understood apart)."""
    graph = {name: {m for m in _imports(name, path) if m in SOURCES and m != name} for name, path in SOURCES.items()}
    assert import_cycles(graph) == []


# vqs.physics sub-wings, lowest first: the model, the kernel's stages, the engines (with the shared
# types) below the front (qfi, fom, timeopt, hcrb_time) and the two upper sub-wings, optimum and readout
PHYSICS_BELOW = {
    "vqs.physics.model": ("vqs.physics.model",),
    "vqs.physics.types": ("vqs.physics.model",),
    "vqs.physics.kernel": ("vqs.physics.model", "vqs.physics.kernel", "vqs.physics.types"),
    "vqs.physics.engines": ("vqs.physics.model", "vqs.physics.kernel", "vqs.physics.types", "vqs.physics.engines"),
}
PHYSICS_APART = {"vqs.physics.optimum": "vqs.physics.readout", "vqs.physics.readout": "vqs.physics.optimum"}


@pytest.mark.parametrize("name", sorted(n for n in SOURCES if _within(n, "vqs.physics")))
def test_physics_sub_wings(name):
    imported = {m for m in _imports(name, SOURCES[name]) if _within(m, "vqs.physics") and m != "vqs.physics"}
    for wing, allowed in PHYSICS_BELOW.items():
        if _within(name, wing):
            bad = sorted(m for m in imported if not any(_within(m, a) for a in allowed))
            assert not bad, f"{name} imports {bad}, above its sub-wing (docs/architecture.md)"
    for wing, other in PHYSICS_APART.items():
        if _within(name, wing):
            bad = sorted(m for m in imported if _within(m, other))
            assert not bad, f"{name} imports {bad}: optimum and readout stand apart"
