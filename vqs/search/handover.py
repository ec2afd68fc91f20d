"""Lamarckian hand-over: the angles the search's local steps reached, as the refinement's start.

With ``ga.local_steps = K > 0`` the genetic search scores every genome after K Adam steps on its
angles and log t (:mod:`vqs.search.fitness`), but the genome keeps its stored angles (Baldwinian
learning), and the refinement of the best structures starts from those stored angles: the tuning
the search paid for is thrown away. With ``refine.from_local_steps: true`` (default false, today's
numbers) each of the search's best structures is first given the same K local steps again (the same
start: its best time on the search's scoring grid; the same learning rate and t range) and the
refinement starts from the angles with the best figure seen on that path, when that figure beats
the genome's own best on the scoring grid (otherwise from the genome, unchanged).

Recomputing costs K steps for each of ``refine.top_k`` circuits, the price of one small batch of
the search, and leaves the search, its cache and its checkpoint untouched. QFI figures of merit
only (the screening figure of an HCRB run included); a local-CFI figure's start is its own best
readout (:func:`vqs.search.design.execute`), which the config refuses together with this option.
"""

from __future__ import annotations

from functools import lru_cache, partial

import jax
import jax.numpy as jnp
import numpy as np
import optax

from ansatz import Circuit, pack
from vqs.physics.engines.jax_engine import qfi_of_arrays
from vqs.physics.fom import figure_values
from vqs.physics.kernel import batched as kernel
from vqs.physics.kernel.covariant import kernel_path
from vqs.physics.kernel.sensing import KernelModel
from vqs.physics.kernel.states import PackedCircuits
from vqs.physics.timeopt import sub_grid


@lru_cache(maxsize=8)
def _tracked_search(task: str, figure: str, steps: int, path: str):
    """Jitted Adam steps on (angles, log t) of one circuit that keep the best parameters seen."""
    value = partial(kernel.circuit_figure, task=task, figure=figure, path=path)

    def search(angle, log_t, circuit: PackedCircuits, model: KernelModel, lr, log_t_range):
        opt = optax.adam(lr)

        def loss(params):
            v = value(params[0], params[1], circuit, model)
            return -jnp.log(jnp.maximum(v, 1e-300)), v

        def keep(carry, params, v):
            best, best_params = carry
            better = jnp.isfinite(v) & (v > best)
            return (jnp.where(better, v, best),
                    jax.tree_util.tree_map(lambda a, b: jnp.where(better, a, b), params, best_params))

        def step(carry, _):
            params, state, kept = carry
            (_, v), grads = jax.value_and_grad(loss, has_aux=True)(params)
            kept = keep(kept, params, v)
            updates, state = opt.update(grads, state, params)
            new = optax.apply_updates(params, updates)
            new = (new[0], jnp.clip(new[1], log_t_range[0], log_t_range[1]))  # as the search: t on the grid's span
            return (new, state, kept), None

        params = (angle, log_t)
        kept0 = (jnp.asarray(-jnp.inf), params)
        (params, _, kept), _ = jax.lax.scan(step, (params, opt.init(params), kept0), None, length=steps)
        return keep(kept, params, value(params[0], params[1], circuit, model))

    return jax.jit(search)


def local_step_start(circuit: Circuit, model, grid, figure: str, max_genes: int, steps: int, learning_rate: float,
                     score_points: int | None = None) -> tuple[Circuit, float, float]:
    """``circuit`` with the angles its local steps reach, the figure there and the genome's grid best.

    The steps are the search's (:func:`vqs.search.fitness.make_fitness` with the same ``figure``,
    ``steps``, ``learning_rate``, ``score_points``): start at the genome's best time of the scoring
    grid, Adam on (angles, log t), t clipped to the grid's span. Returns ``(start, value, grid_value)``:
    ``start`` is ``circuit`` with the best angles seen when ``value > grid_value``, else ``circuit``.
    """
    grid = np.asarray(grid, dtype=float)
    times = grid if score_points is None else sub_grid(grid, score_points)
    arrays = pack([circuit], max_genes)
    values = figure_values(qfi_of_arrays(arrays, model, times, fast=True), figure)[0]
    grid_value = float(np.max(values))
    if steps < 1 or not circuit.genes:
        return circuit, grid_value, grid_value
    path = kernel_path(model, figure=figure)
    search = _tracked_search(model.task, str(figure), int(steps), path)
    row = PackedCircuits.from_arrays(arrays).row(0)
    log_t0 = np.log(times[int(np.argmax(values))])
    best, (angles, _) = search(row.angle, jnp.asarray(log_t0), row, KernelModel.of(model), learning_rate,
                               np.log(np.asarray([grid[0], grid[-1]])))
    best = float(best)
    if not (np.isfinite(best) and best > grid_value):
        return circuit, best, grid_value
    return circuit.with_angles(np.asarray(angles)[: len(circuit.genes)]), best, grid_value
