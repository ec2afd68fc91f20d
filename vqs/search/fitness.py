"""The batch fitness function the genetic search calls once per generation.

Fitness of a genome = the configured figure of merit (:mod:`vqs.physics.fom`) at the best sensing time.

With ``local_steps = 0`` it is scored at the genome's own angles on the time grid. Random angles
make that a poor judge of a *structure*: under amplitude damping, for example, the empty genome
(bare GHZ) outranks every random structure although the optimal probe needs a few entangling
gates. With ``local_steps = K > 0`` each genome is first scored on the grid, then its angles and
sensing time are improved by K Adam steps (t kept within the grid's span), for the whole
population at once in one compiled call (vmap over circuits, scan over steps), and the fitness
is the best value seen (Baldwinian learning: the genome itself keeps its angles; the refinement
stage recovers the tuned ones).

With a local-CFI figure (``local_cfi_per_shot`` / ``local_cfi_per_time``) the probe is scored
together with a local readout (one Bloch direction per qubit, docs/measurement.md). The genome
stays the gene list; its readout is derived: every genome is scored on the grid with the fixed
start readouts of :func:`vqs.physics.readout.local_readout.search_start_readouts` (all-X, all-Y, two seeded
directions) in one batched call, and the local steps then move the circuit angles, the 2N readout
angles and log t together from the best (readout, time) pair.

Large N (docs/scale.md): ``score_points = S`` scores the grid step on S times of the grid only
(:func:`vqs.physics.timeopt.sub_grid`, both ends kept; the local steps own t, and the refinement
and the final scores use the whole grid), and ``local_best = k`` gives the local steps only to
the k best genomes of each call by that grid score (each call is one generation's new genomes,
:func:`genetic.evolve`); the others keep their grid score.

The work is cut into jobs that depend only on the genomes (fixed chunks of genomes,
:data:`GRID_CHUNK` for the grid, ``chunk`` or one genome for the local steps) and run by ``pool``
(:mod:`vqs.search.workers`: in process, or in worker processes), results in job order: the numbers
do not depend on the number of workers.
Everything is deterministic, so the GA's cache and resume guarantees hold. The QFI figures use
the cheapest exact kernel path of the model (:func:`vqs.physics.kernel.covariant.kernel_path`), the
grid and the local steps alike; the values a run reports are computed again by the general kernel.

With ``engine="pennylane"`` every genome is scored by :mod:`vqs.physics.engines.pennylane_engine` on the
grid; that engine offers no gradients, so local steps are refused (the run config requires
``ga.local_steps: 0`` with it).
"""

from __future__ import annotations

from functools import lru_cache, partial

import jax
import jax.numpy as jnp
import numpy as np
import optax

from ansatz import Circuit, pack
from vqs import _checks
from vqs.names import Engine
from vqs.physics.engines.jax_engine import chunk_plan, local_cfi_of_arrays, qfi_of_arrays
from vqs.physics.fom import figure_values
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.covariant import kernel_path
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits, pad_rows
from vqs.physics.qfi import engine_capabilities, qfi_of_circuits
from vqs.physics.readout.local_readout import search_start_readouts
from vqs.physics.timeopt import sub_grid
from vqs.search import descent
from vqs.search.workers import InProcess


@lru_cache(maxsize=16)
def _local_search(task: str, figure: str, steps: int, path: str):
    value = partial(kernel.circuit_figure, task=task, figure=figure, path=path)
    # over (angles, log t, readout, circuit); the model is shared; readout None for the QFI figures
    batched = jax.vmap(lambda p, c, m: value(p[0], p[1], c, m, readout=p[2]), in_axes=(0, 0, None))

    def search(angle, log_t, readout, circuits: PackedCircuits, model: KernelModel, lr, log_t_range):
        opt = optax.adam(lr)

        def loss(params):
            vals = batched(params, circuits, model)
            return -jnp.sum(jnp.log(jnp.maximum(vals, 1e-300))), vals

        def one_step(carry, _):
            state, best = carry
            (_, vals), grads = jax.value_and_grad(loss, has_aux=True)(state.params)
            best = jnp.maximum(best, jnp.where(jnp.isfinite(vals), vals, -jnp.inf))
            return (descent.step(opt, state, grads, log_t_range), best), None  # t stays on the grid's span

        best0 = jnp.full(angle.shape[0], -jnp.inf)
        (state, best), _ = jax.lax.scan(one_step, (descent.start(opt, (angle, log_t, readout)), best0), None,
                                        length=steps)
        last = batched(state.params, circuits, model)
        return jnp.maximum(best, jnp.where(jnp.isfinite(last), last, -jnp.inf))

    return jax.jit(search)


GRID_CHUNK = 8
"""Genomes per grid-scoring job (fewer where the kernel's memory budget says so)."""
LOCAL_VMAP_QUBITS = 6
"""From this many qubits each genome's local steps are a job of their own (vectorising them over
genomes gains little there, and single genomes spread evenly over the workers)."""


def _grid_job(job) -> tuple[np.ndarray, np.ndarray | None]:
    """(rows, S) figure values of one chunk of genomes on the scoring times and, for a local-CFI
    figure, each genome's best start readout (rows, N, 2), whose values those are (else None)."""
    circuits, max_genes, model, times, figure, engine, starts = job
    if engine == Engine.PENNYLANE:
        return figure_values(qfi_of_circuits(circuits, model, times, engine=engine), figure), None
    arrays = pack(circuits, max_genes)
    if starts is None:
        return figure_values(qfi_of_arrays(arrays, model, times, fast=True), figure), None
    # (B, K, S): every start readout at every scoring time; keep each genome's best (readout, time) pair
    values = figure_values(local_cfi_of_arrays(arrays, np.broadcast_to(starts, (len(circuits),) + starts.shape),
                                               model, times), figure)
    pick = np.unravel_index(np.argmax(values.reshape(len(circuits), -1), axis=1), values.shape[1:])[0]
    return values[np.arange(len(circuits)), pick], starts[pick]


def _local_job(job) -> np.ndarray:
    """Best figure value seen during the local steps of one chunk (padded rows included)."""
    rows, log_t0, readout0, km, task, figure, steps, learning_rate, log_t_range, path = job
    search = _local_search(task, figure, steps, path)
    return np.asarray(search(rows.angle, log_t0, readout0, rows, km, learning_rate, log_t_range))


def make_fitness(model, grid, figure: str, max_genes: int, init: str,
                 local_steps: int = 0, local_learning_rate: float = 0.05, chunk: int = 16,
                 engine: str = Engine.JAX, *, score_points: int | None = None, local_best: int | None = None,
                 pool=None):
    """``fitness_batch(genomes) -> (B,)`` for :func:`genetic.evolve` (higher is better).

    ``engine``: what computes the QFI (``"pennylane"``: grid scores only, no local steps, QFI
    figures only); ``score_points``: score on that many times of ``grid`` (default all);
    ``local_best``: local steps only for that many genomes per call (default all); ``pool``: runs
    the jobs (:func:`vqs.search.workers.fitness_pool`; default in this process).
    """
    engine = _checks.engine(engine)
    caps = engine_capabilities(engine)
    if local_steps > 0:
        caps.require_gradients("local steps need the jax engine")
    local = _checks.figure(figure, local=True).local
    if local:
        caps.require_local_readout()
    grid = np.asarray(grid, dtype=float)
    times = grid if score_points is None else sub_grid(grid, score_points)
    log_t_range = np.log(np.asarray([grid[0], grid[-1]]))
    km = KernelModel.of(model)
    path = kernel_path(model, figure=figure)
    pool = InProcess() if pool is None else pool
    starts = search_start_readouts(model.n_wires) if local else None
    grid_chunk = min(GRID_CHUNK, chunk_plan(model.n_wires, times.size * (1 if starts is None else len(starts)),
                                            model.n_params).circuits)
    local_chunk = chunk if model.n_wires < LOCAL_VMAP_QUBITS else 1

    def fitness_batch(genomes) -> np.ndarray:
        circuits = [Circuit(model.n_wires, tuple(g), init) for g in genomes]
        jobs = [(circuits[lo:lo + grid_chunk], max_genes, model, times, figure, engine, starts)
                for lo in range(0, len(circuits), grid_chunk)]
        scored = pool.map(_grid_job, jobs)
        values = np.concatenate([v for v, _ in scored])
        readouts = np.concatenate([r for _, r in scored]) if local else None
        best = values.max(axis=1)
        if local_steps > 0:
            order = np.argsort(-np.where(np.isfinite(best), best, -np.inf), kind="stable")
            chosen = np.sort(order[:local_best]) if local_best is not None else np.arange(len(circuits))
            log_t0 = np.log(times[np.argmax(values[chosen], axis=1)])
            packed = PackedCircuits.from_arrays(pack([circuits[i] for i in chosen], max_genes))
            size = min(local_chunk, 1 << (len(chosen) - 1).bit_length())  # few compiled shapes
            readout0 = None if readouts is None else readouts[chosen]
            jobs = [(packed.rows(lo, lo + size, size), pad_rows(log_t0[lo:lo + size], size),
                     None if readout0 is None else pad_rows(readout0[lo:lo + size], size), km, model.task,
                     figure, int(local_steps), local_learning_rate, log_t_range, path)
                    for lo in range(0, len(chosen), size)]
            improved = np.concatenate([out[: min(size, len(chosen) - lo)]
                                       for out, lo in zip(pool.map(_local_job, jobs), range(0, len(chosen), size))])
            best[chosen] = np.maximum(best[chosen], improved)
        return np.where(np.isfinite(best), best, -np.inf)

    return fitness_batch
