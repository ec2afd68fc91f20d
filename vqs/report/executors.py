"""Executors for independent jobs (table cells): local worker processes or Ray tasks.

``run_jobs(fn, jobs, executor=..., workers=..., address=..., on_done=...)`` calls ``fn(job)`` for
every job (plain, picklable data; ``fn`` a module-level function) and ``on_done(result)`` in the
calling process as each job finishes (completion order). A failing job raises in the caller after
the running jobs are cancelled.

* ``local`` (default): ``concurrent.futures.ProcessPoolExecutor`` with the ``spawn`` start
  method and ``workers`` processes. Each worker's numerical libraries run single-threaded
  (:func:`vqs.search.workers.worker_env_vars`: OPENBLAS/OMP/MKL threads = 1, XLA without its
  multi-threaded Eigen) so that ``workers`` processes share the cores instead of oversubscribing them.
* ``ray``: one ``ray.remote`` task per job (``num_cpus=1``), on the cluster at ``address``
  (``ray.init(address=...)``) or on a local Ray started with ``num_cpus=workers`` and shut down
  afterwards, its workers under the same environment as the local pool's (Ray's workers do not
  inherit the driver's, so a Ray table's numbers would otherwise differ in the last bits). Ray is an
  optional dependency: ``pip install 'vqs[ray]'``.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
from collections.abc import Callable, Sequence

from vqs import _checks
from vqs.errors import VqsError
from vqs.search.workers import exit_with_parent, terminate, worker_env, worker_env_vars

EXECUTORS = ("local", "ray")


def run_jobs(
    fn: Callable,
    jobs: Sequence,
    *,
    executor: str = "local",
    workers: int = 2,
    address: str | None = None,
    on_done: Callable | None = None,
) -> list:
    """Run ``fn`` over ``jobs``; returns the results in completion order."""
    workers = check_executor(executor, workers, address)
    jobs = list(jobs)
    if not jobs:
        return []
    if executor == "ray":
        return _run_ray(fn, jobs, workers, address, on_done)
    return _run_local(fn, jobs, workers, on_done)


def check_executor(executor: str, workers: int, address: str | None = None) -> int:
    """Refuse (VqsError) an unknown executor, ``workers`` < 1, ``address`` without Ray, and Ray when it
    is not installed: callers check this before they write anything. Returns ``workers``."""
    if executor not in EXECUTORS:
        raise VqsError(f"unknown executor {executor!r}; choose local or ray")
    workers = _checks.integer("--workers", workers, 1)
    if address is not None and executor != "ray":
        raise VqsError("--address is for --executor ray")
    if executor == "ray":
        _import_ray()
    return workers


def _run_local(fn, jobs, workers, on_done) -> list:
    results = []
    ctx = multiprocessing.get_context("spawn")
    pool = cf.ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=ctx,
                                  initializer=exit_with_parent, initargs=(os.getpid(),))
    try:
        with worker_env():  # the workers start on demand, at the submissions
            futures = [pool.submit(fn, job) for job in jobs]
        for fut in cf.as_completed(futures):
            res = fut.result()
            results.append(res)
            if on_done is not None:
                on_done(res)
    except BaseException:  # a failed job, Ctrl-C, SIGTERM: no worker goes on computing
        terminate(pool)
        raise
    pool.shutdown(wait=True)
    return results


def _import_ray():
    try:
        import ray
    except ImportError:
        raise VqsError("--executor ray needs Ray: pip install 'vqs[ray]'") from None
    return ray


def _run_ray(fn, jobs, workers, address, on_done) -> list:
    ray = _import_ray()
    started_here = False
    if not ray.is_initialized():
        env = {"env_vars": worker_env_vars()}  # the local pool's environment, the user's values kept
        try:
            if address:
                ray.init(address=address, runtime_env=env, log_to_driver=False)
            else:
                ray.init(num_cpus=workers, runtime_env=env, include_dashboard=False, log_to_driver=False)
        except ConnectionError as err:
            raise VqsError(f"cannot connect to Ray at {address}: {err}") from None
        started_here = True
    try:
        remote = ray.remote(num_cpus=1, max_retries=0)(fn)
        pending = [remote.remote(job) for job in jobs]
        results = []
        try:
            while pending:
                ready, pending = ray.wait(pending, num_returns=1)
                res = ray.get(ready[0])
                results.append(res)
                if on_done is not None:
                    on_done(res)
        except BaseException:
            for ref in pending:
                ray.cancel(ref, force=True)
            raise
        return results
    finally:
        if started_here:
            ray.shutdown()
