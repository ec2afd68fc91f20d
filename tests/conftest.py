"""Suite-wide fixtures.

One pytest process runs the whole suite and compiles thousands of XLA programs. The machine code of
every compiled program lives in memory mappings of its own, and they accumulate while JAX keeps
the program in its caches: on a 2-core CI machine the full run reached the kernel's limit on
memory mappings per process (``vm.max_map_count``, 65530 by default) and died with SIGSEGV inside
a compile late in the run, while every module passed on its own. After each test module the
fixture below counts the process's mappings and, once they pass half of that limit, frees JAX's
compiled programs (modules after it recompile what they need). Clearing after *every* module
kept the run under the limit too, but recompiled the shared kernels some sixty times.

JAX's persistent compilation cache (:mod:`vqs.compile_cache`) is on for the whole session, in
``.pytest_cache/vqs-jax`` of the repository unless ``VQS_JAX_CACHE`` says otherwise (``0``: off):
programs freed by the fixture below, built again by another test module with the same shapes, or
compiled by the ``vqs`` commands the tests start in subprocesses (they inherit the variable) are
loaded from disk instead of compiled again.

XLA compiles the test process's programs for compile speed, not run speed: with most optimisations
off (``JAX_DISABLE_MOST_OPTIMIZATIONS=1``: backend optimisation level 0, no expensive LLVM passes)
and with XLA's older CPU fusion code generator (``XLA_FLAGS=--xla_cpu_use_fusion_emitters=false``;
the newer MLIR fusion emitters take about twice as long to compile the kernel's small programs).
Both are set before JAX is imported, so the ``vqs`` commands the tests start inherit them. Nearly
all of the default suite's CPU time is XLA compiling thousands of distinct small programs that then
run for milliseconds on tiny shapes: optimising them costs more than it saves (one N = 3 gradient
program and one QFI program: 9.5 CPU-s to compile with JAX's defaults, 5.5 with the first setting,
2.2 with both; the suites: benchmarks/RESULTS.md, "Test suites (issue 22, session 5)"). They are
for the test suite only, never for users' runs, whose kernels run for minutes: the ``vqs`` command
and the library leave JAX's defaults. They change how fast a program runs, not what it computes:
tests/test_compile_options.py checks that a QFI, its gradient and a QFI matrix agree with and
without them to 1e-12 of their scale. An environment that sets ``JAX_DISABLE_MOST_OPTIMIZATIONS``
or names ``xla_cpu_use_fusion_emitters`` in ``XLA_FLAGS`` itself keeps its value.
"""

import gc
import os
from pathlib import Path

# before jax is imported (and before its backend starts): see the docstring
os.environ.setdefault("JAX_DISABLE_MOST_OPTIMIZATIONS", "1")
if "xla_cpu_use_fusion_emitters" not in os.environ.get("XLA_FLAGS", ""):
    os.environ["XLA_FLAGS"] = f"{os.environ.get('XLA_FLAGS', '')} --xla_cpu_use_fusion_emitters=false".strip()

import jax  # noqa: E402
import pytest  # noqa: E402

from vqs.compile_cache import ENV, enable_compile_cache  # noqa: E402

# the same where something imported jax before this file (the variable is read at jax's import)
jax.config.update("jax_disable_most_optimizations",
                  os.environ["JAX_DISABLE_MOST_OPTIMIZATIONS"].strip().lower() in {"1", "true", "yes", "on", "y", "t"})

os.environ.setdefault(ENV, str(Path(__file__).resolve().parents[1] / ".pytest_cache" / "vqs-jax"))
enable_compile_cache()

_MAPS = Path("/proc/self/maps")
_LIMIT = Path("/proc/sys/vm/max_map_count")


def _mappings() -> int:
    with _MAPS.open("rb") as f:
        return sum(1 for _ in f)


def _map_budget() -> int | None:
    """Half the kernel's limit on memory mappings; None where /proc does not say (not Linux)."""
    try:
        return int(_LIMIT.read_text()) // 2 if _MAPS.exists() else None
    except (OSError, ValueError):
        return None


_BUDGET = _map_budget()


@pytest.fixture(autouse=True, scope="module")
def _free_compiled_programs_near_the_mapping_limit():
    yield
    if _BUDGET is not None and _mappings() > _BUDGET:
        jax.clear_caches()
        gc.collect()
