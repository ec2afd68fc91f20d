"""Worker processes for the search's fitness: an ordered map of independent jobs.

The population is scored in *processes*, not threads: concurrent XLA eigendecompositions in
threads of one process deadlocked on a 2-core machine, and multi-threaded BLAS competes with XLA
for the cores. :func:`fitness_pool` gives

* ``workers == 1``: :class:`InProcess`, the jobs run in the calling process, in order;
* ``workers >= 2``: :class:`ProcessPool`, ``workers`` long-lived ``spawn`` processes (started by
  the first job) whose numerical libraries run single-threaded (:data:`WORKER_ENV`, set for the
  pool's whole life so that every worker, however late it starts, inherits it). A worker
  compiles the kernel on its first job and keeps it until the pool is closed, and exits by
  itself when the process that started it is gone (killed without closing the pool).

Both have ``map(fn, jobs) -> list`` with the results in job order (``fn`` a module-level
function, jobs plain picklable data). The caller splits its work into jobs that do not depend on
the number of workers (fixed-size chunks, :mod:`vqs.search.fitness`), so the numbers are the same
whatever ``workers`` is.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from vqs import _checks
from vqs.compile_cache import compile_cache_dir, enable_compile_cache

WORKER_ENV = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "XLA_FLAGS": "--xla_cpu_multi_thread_eigen=false",
}
"""Environment of worker processes: one BLAS thread, XLA without its multi-threaded Eigen
(a variable the user already set is kept)."""

FORWARDED_ENV = ("JAX_DISABLE_MOST_OPTIMIZATIONS",)
"""Variables that change how XLA compiles, passed on to workers that do not inherit this process's
environment (Ray's): with them, a worker's numbers are the driver's to the last bit."""


def worker_env_vars() -> dict[str, str]:
    """The environment every worker gets: :data:`WORKER_ENV`, where this process has not set a
    variable itself, and this process's values of those variables and of :data:`FORWARDED_ENV`."""
    env = {k: os.environ.get(k, v) for k, v in WORKER_ENV.items()}
    env.update({k: os.environ[k] for k in FORWARDED_ENV if k in os.environ})
    return env


@contextmanager
def worker_env() -> Iterator[None]:
    """Set :func:`worker_env_vars` while worker processes start (they inherit it)."""
    saved = {k: os.environ.get(k) for k in WORKER_ENV}
    os.environ.update({k: v for k, v in worker_env_vars().items() if k in WORKER_ENV})
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def exit_with_parent(parent: int, cache: str | None = None) -> None:
    """Worker initializer: end the worker when the process that started it is gone (killed by
    SIGTERM or SIGKILL, it cannot shut the pool down, and idle workers would wait forever); use the
    parent's persistent compilation cache folder ``cache`` (:mod:`vqs.compile_cache`), if any."""
    if cache is not None:
        enable_compile_cache(cache)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


def terminate(pool: cf.ProcessPoolExecutor) -> None:
    """Stop ``pool`` now (an interrupted or failed caller): cancel its queued jobs and end its worker
    processes, SIGTERM then, after 2 s, SIGKILL, so that no worker goes on computing a job whose
    result nobody will read."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(2.0)
        if p.is_alive():
            p.kill()
            p.join(1.0)


class InProcess:
    """Runs the jobs in the calling process (``workers = 1``)."""

    workers = 1

    def map(self, fn: Callable, jobs: Sequence) -> list:
        return [fn(job) for job in jobs]

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ProcessPool(InProcess):
    """``workers`` spawned processes, started by the first :meth:`map` and kept until
    :meth:`close`; :meth:`map` keeps job order."""

    def __init__(self, workers: int):
        self.workers = _checks.integer("ga.workers", workers, 1)
        self._env = None
        self._pool = None

    def map(self, fn: Callable, jobs: Sequence) -> list:
        if self._pool is None:
            self._env = worker_env()
            self._env.__enter__()  # for the pool's whole life: workers start on demand
            cache = compile_cache_dir()
            cache = None if cache is None else str(cache)
            self._pool = cf.ProcessPoolExecutor(max_workers=self.workers,
                                                mp_context=multiprocessing.get_context("spawn"),
                                                initializer=exit_with_parent, initargs=(os.getpid(), cache))
        futures = [self._pool.submit(fn, job) for job in jobs]
        try:
            return [f.result() for f in futures]
        except BaseException:
            pool, self._pool = self._pool, None
            terminate(pool)
            self.close()
            raise

    def close(self) -> None:
        pool, env = self._pool, self._env
        self._pool = self._env = None
        try:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        finally:
            if env is not None:
                env.__exit__(None, None, None)


def fitness_pool(workers: int) -> InProcess:
    """:class:`InProcess` for ``workers == 1``, else a :class:`ProcessPool` (no process starts
    before its first job). Both are context managers that close the pool on exit."""
    workers = _checks.integer("ga.workers", workers, 1)
    return InProcess() if workers == 1 else ProcessPool(workers)
