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
start readouts of :func:`vqs.physics.local_readout.search_start_readouts` (all-X, all-Y, two seeded
directions) in one batched call, and the local steps then move the circuit angles, the 2N readout
angles and log t together from the best (readout, time) pair.
Everything is deterministic, so the GA's cache and resume guarantees hold.

With ``engine="pennylane"`` every genome is scored by :mod:`vqs.physics.pennylane_engine` on the
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
from vqs.errors import VqsError
from vqs.names import Engine
from vqs.physics import kernel
from vqs.physics.fom import figure_values
from vqs.physics.local_readout import search_start_readouts
from vqs.physics.qfi import local_cfi_of_arrays, qfi_of_arrays, qfi_of_circuits
from vqs.physics.sensing import KernelModel
from vqs.physics.states import PackedCircuits, pad_rows


@lru_cache(maxsize=16)
def _local_search(task: str, figure: str, steps: int):
    value = partial(kernel.circuit_figure, task=task, figure=figure)
    # over (angles, log t, readout, circuit); the model is shared; readout None for the QFI figures
    batched = jax.vmap(lambda p, c, m: value(p[0], p[1], c, m, readout=p[2]), in_axes=(0, 0, None))

    def search(angle, log_t, readout, circuits: PackedCircuits, model: KernelModel, lr, log_t_range):
        opt = optax.adam(lr)

        def loss(params):
            vals = batched(params, circuits, model)
            return -jnp.sum(jnp.log(jnp.maximum(vals, 1e-300))), vals

        def step(carry, _):
            params, state, best = carry
            (_, vals), grads = jax.value_and_grad(loss, has_aux=True)(params)
            best = jnp.maximum(best, jnp.where(jnp.isfinite(vals), vals, -jnp.inf))
            updates, state = opt.update(grads, state, params)
            new = optax.apply_updates(params, updates)
            new = (new[0], jnp.clip(new[1], log_t_range[0], log_t_range[1]), new[2])  # t stays on the grid's span
            return (new, state, best), None

        params = (angle, log_t, readout)
        best0 = jnp.full(angle.shape[0], -jnp.inf)
        (params, _, best), _ = jax.lax.scan(step, (params, opt.init(params), best0), None, length=steps)
        last = batched(params, circuits, model)
        return jnp.maximum(best, jnp.where(jnp.isfinite(last), last, -jnp.inf))

    return jax.jit(search)


def make_fitness(model, grid, figure: str, max_genes: int, init: str,
                 local_steps: int = 0, local_learning_rate: float = 0.05, chunk: int = 16,
                 engine: str = Engine.JAX):
    """``fitness_batch(genomes) -> (B,)`` for :func:`genetic.evolve` (higher is better)."""
    engine = _checks.engine(engine)
    if engine == Engine.PENNYLANE and local_steps > 0:
        raise VqsError("the pennylane engine offers no gradients: local steps need the jax engine")
    local = _checks.figure(figure, local=True).local
    if engine == Engine.PENNYLANE and local:
        raise VqsError("the pennylane engine computes the QFI only: local-CFI figures need the jax engine")
    grid = np.asarray(grid, dtype=float)
    log_t_range = jnp.log(jnp.asarray([grid[0], grid[-1]]))
    km = KernelModel.of(model)
    starts = search_start_readouts(model.n_qubits) if local else None

    def fitness_batch(genomes) -> np.ndarray:
        circuits = [Circuit(model.n_qubits, tuple(g), init) for g in genomes]
        if engine == Engine.PENNYLANE:
            best = figure_values(qfi_of_circuits(circuits, model, grid, engine=engine), figure).max(axis=1)
            return np.where(np.isfinite(best), best, -np.inf)
        arrays = pack(circuits, max_genes)
        readout0 = None
        if local:  # (B, K, T): every start readout at every grid time
            values = figure_values(local_cfi_of_arrays(arrays, np.broadcast_to(starts, (len(circuits),) + starts.shape),
                                                       model, grid), figure)
            pick = np.unravel_index(np.argmax(values.reshape(len(circuits), -1), axis=1), values.shape[1:])
            readout0, values = starts[pick[0]], values[np.arange(len(circuits)), pick[0]]
        else:
            values = figure_values(qfi_of_arrays(arrays, model, grid), figure)
        best = values.max(axis=1)
        if local_steps > 0:
            log_t0 = np.log(grid[np.argmax(values, axis=1)])
            packed = PackedCircuits.from_arrays(arrays)
            search = _local_search(model.task, figure, int(local_steps))
            improved = []
            for lo in range(0, len(circuits), chunk):
                rows = packed.rows(lo, lo + chunk, chunk)
                out = search(rows.angle, pad_rows(log_t0[lo:lo + chunk], chunk),
                             None if readout0 is None else pad_rows(readout0[lo:lo + chunk], chunk), rows, km,
                             local_learning_rate, log_t_range)
                improved.append(np.asarray(out)[: min(chunk, len(circuits) - lo)])
            best = np.maximum(best, np.concatenate(improved))
        return np.where(np.isfinite(best), best, -np.inf)

    return fitness_batch
