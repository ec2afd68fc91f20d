"""One gradient step over a probe's (angles, log t, readout): the fitness's local steps and the
gradient refinement take the same step.

The parameters are ``(angles, log t, readout)`` (readout ``None`` for the QFI figures); a step is
the optax optimiser's update, then log t clipped to the time grid's span (t never leaves the grid,
the stated domain of t). :mod:`vqs.search.fitness` runs these steps for a batch of genomes inside
one compiled ``lax.scan``; :mod:`vqs.search.refine` runs them for one circuit in a Python loop (it
records the objective of every step, keeps the best parameters and stops at a non-finite value).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import jax.numpy as jnp
import optax

Params = tuple[Any, Any, Any]
"""(angles, log t, readout or None): a pytree of arrays."""


class DescentState(NamedTuple):
    """Where a descent stands: the parameters and the optimiser's state (a pytree, so it can be the
    carry of ``jax.lax.scan``)."""

    params: Params
    opt_state: optax.OptState


def start(opt: optax.GradientTransformation, params: Params) -> DescentState:
    """The state before the first step."""
    return DescentState(params, opt.init(params))


def step(opt: optax.GradientTransformation, state: DescentState, grads: Params, log_t_range,
         refine_time: bool = True) -> DescentState:
    """One optimiser step from ``state`` along ``grads`` (the gradient of the loss to minimise);
    ``refine_time=False`` keeps t fixed; log t is clipped to ``log_t_range = (lo, hi)``."""
    if not refine_time:
        grads = (grads[0], jnp.zeros_like(grads[1]), grads[2])
    updates, opt_state = opt.update(grads, state.opt_state, state.params)
    new = optax.apply_updates(state.params, updates)
    return DescentState((new[0], jnp.clip(new[1], log_t_range[0], log_t_range[1]), new[2]), opt_state)
