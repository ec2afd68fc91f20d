"""Suite-wide fixtures.

One pytest process runs the whole suite and compiles a few thousand XLA programs. Their executable
code pages accumulate (each JIT-compiled program maps its own memory), and on a 2-core CI machine
the full run reached the kernel's limit on memory mappings (vm.max_map_count = 65530) and died
with SIGABRT inside a compile late in the run, while every module passed on its own. Freeing
JAX's compiled programs after each test module keeps the run within that limit; a module
recompiles what it needs (seconds).
"""

import gc

import jax
import pytest


@pytest.fixture(autouse=True, scope="module")
def _free_compiled_programs():
    yield
    jax.clear_caches()
    gc.collect()
