"""The search's fitness in worker processes gives exactly the numbers of the in-process one."""

import os
import subprocess
import sys
import time

import numpy as np
import pytest

from ansatz import random_genes
from vqs.errors import VqsError
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.qfi import default_times
from vqs.search.fitness import make_fitness
from vqs.search.workers import (
    FORWARDED_ENV,
    WORKER_ENV,
    InProcess,
    ProcessPool,
    fitness_pool,
    worker_env,
    worker_env_vars,
)


def _genomes(n_qubits, count, seed=0):
    rng = np.random.default_rng(seed)
    return [random_genes(rng, n_qubits, int(k)) for k in rng.integers(0, 7, size=count)]


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
def test_two_worker_processes_give_identical_numbers():
    model = SensingModel(3, "single", "amplitude_damping", 0.1, (0.01,))
    grid = default_times(model, 16)
    genomes = _genomes(3, 21)  # 3 grid jobs of 8, 8 and 5 genomes
    settings = [dict(), dict(score_points=5), dict(score_points=5, local_best=4)]
    local = [make_fitness(model, grid, "per_time", 8, "ghz", 6, 0.1, chunk=4, **s)(genomes) for s in settings]
    with fitness_pool(2) as pool:
        assert isinstance(pool, ProcessPool)
        remote = [make_fitness(model, grid, "per_time", 8, "ghz", 6, 0.1, chunk=4, pool=pool, **s)(genomes)
                  for s in settings]
        again = make_fitness(model, grid, "per_time", 8, "ghz", 6, 0.1, chunk=4, pool=pool)(genomes)
    for a, b in zip(local, remote):
        assert a.shape == (21,)
        assert np.array_equal(a, b)  # exactly, not approximately
    assert np.array_equal(again, local[0])
    assert not np.array_equal(local[0], local[1])  # the settings do change the numbers


def test_local_best_tunes_only_the_best_genomes():
    model = SensingModel(3, "single", "amplitude_damping", 0.1, (0.01,))
    grid = default_times(model, 16)
    genomes = _genomes(3, 10, seed=1)
    plain = make_fitness(model, grid, "per_time", 8, "ghz", score_points=4)(genomes)
    tuned = make_fitness(model, grid, "per_time", 8, "ghz", 8, 0.1, score_points=4, local_best=3)(genomes)
    best3 = np.argsort(-plain, kind="stable")[:3]
    rest = np.setdiff1d(np.arange(10), best3)
    assert np.array_equal(tuned[rest], plain[rest])
    assert np.all(tuned[best3] >= plain[best3]) and np.any(tuned[best3] > plain[best3])


def test_the_coarse_grid_is_part_of_the_full_grid():
    model = SensingModel(2, "single", "dephasing", 0.1)
    grid = default_times(model, 9)
    genomes = _genomes(2, 5)
    full = make_fitness(model, grid, "per_shot", 8, "ghz")(genomes)
    ends = make_fitness(model, grid, "per_shot", 8, "ghz", score_points=3)(genomes)  # grid[0], grid[4], grid[8]
    assert np.all(ends <= full)
    pick = make_fitness(model, grid[[0, 4, 8]], "per_shot", 8, "ghz")(genomes)
    assert np.array_equal(ends, pick)


@pytest.mark.parametrize("workers", [0, -1, 1.5, True])
def test_bad_worker_counts_are_refused(workers):
    with pytest.raises(VqsError, match="ga.workers"):
        fitness_pool(workers)


def test_one_worker_runs_in_process():
    pool = fitness_pool(1)
    assert isinstance(pool, InProcess) and not isinstance(pool, ProcessPool)
    assert pool.map(abs, [-1, 2, -3]) == [1, 2, 3]


_ORPHAN = """
import operator, os, time
from vqs.search.workers import ProcessPool
pool = ProcessPool(2)
print(" ".join(str(p) for p in sorted(set(pool.map(operator.call, [os.getpid] * 8)))), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_workers_end_when_their_parent_is_killed():
    """A run killed by SIGKILL cannot shut its pool down: the workers must not wait forever."""
    proc = subprocess.Popen([sys.executable, "-c", _ORPHAN], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert workers and all(_alive(p) for p in workers)
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 15
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers)


@pytest.mark.parametrize(
    "set_here, expected",
    [
        ({}, {"XLA_FLAGS": "--xla_cpu_multi_thread_eigen=false", "OMP_NUM_THREADS": "1"}),
        ({"XLA_FLAGS": "--xla_cpu_use_fusion_emitters=false"}, {"XLA_FLAGS": "--xla_cpu_use_fusion_emitters=false"}),
        ({"OMP_NUM_THREADS": "4"}, {"OMP_NUM_THREADS": "4"}),
        ({"JAX_DISABLE_MOST_OPTIMIZATIONS": "1"}, {"JAX_DISABLE_MOST_OPTIMIZATIONS": "1"}),
    ],
)
def test_workers_get_this_process_compile_settings(monkeypatch, set_here, expected):
    # Ray's workers get worker_env_vars() as their whole environment: a user's (or the test suite's) XLA
    # settings must reach them, or a Ray table's numbers differ from a local one's in the last bits
    for k in (*WORKER_ENV, *FORWARDED_ENV):
        monkeypatch.delenv(k, raising=False)
    for k, v in set_here.items():
        monkeypatch.setenv(k, v)
    env = worker_env_vars()
    assert {k: env.get(k) for k in expected} == expected
    assert set(env) == set(WORKER_ENV) | set(set_here)
    with worker_env():
        assert {k: os.environ.get(k) for k in WORKER_ENV} == {k: env[k] for k in WORKER_ENV}
    assert {k: os.environ.get(k) for k in WORKER_ENV} == {k: set_here.get(k) for k in WORKER_ENV}
