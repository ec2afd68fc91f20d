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
"""

import gc
import os
from pathlib import Path

import jax
import pytest

from vqs.compile_cache import ENV, enable_compile_cache

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
