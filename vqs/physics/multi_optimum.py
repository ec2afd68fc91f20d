r"""The multi-task optimum *estimate*: the best QCRB over input states and sensing time.

No certificate exists for the multi-parameter task (:mod:`vqs.physics.certificate` is for one
parameter). :func:`multi_optimum` runs independent L-BFGS optimisations of
:math:`\log \mathrm{Tr}(W F^{-1})` (times t for the per-unit-time figure) over normalised input
state vectors and log t (inside the time grid), through the JAX kernel's exact gradients, and
keeps the best. It is an upper bound *estimate* on the best probe's QCRB, not a bound; the proven
lower limit is :func:`vqs.physics.bounds.qcrb_lower_bound`.
"""

from __future__ import annotations

import math

import jax
import jax.numpy as jnp
import numpy as np
import scipy.optimize

from vqs.physics.certificate import starting_states
from vqs.physics.kernel import score_from_rho0
from vqs.physics.sensing import KernelModel


def multi_optimum(model, figure: str, t_guess: float, grid, starts: int, seed: int, maxiter: int = 500,
                   extra_starts=()) -> dict:
    """Best of L-BFGS optimisations of the QCRB over input states and the time (inside the grid).

    Starts: GHZ, |+>^N, seeded random states (``starts`` in all, at ``t_guess``), then every
    (state vector, time) of ``extra_starts`` (the table passes the VQS probe at its t*). L-BFGS
    never ends above its start, so the estimate is never worse than any probe it starts from.

    Returns:
        A dict (the ``optimum.json`` of a multi-task table cell): ``qcrb``, ``t_star``,
        ``start_qcrbs``, ``kind``, ``note``.

    Example:
        >>> multi_optimum(model, "per_shot", 1.0, default_times(model), starts=4, seed=0)  # doctest: +SKIP
    """
    n, d = model.n_wires, model.dim  # input states over every wire, ancillas included
    km = KernelModel.of(model)
    t_lo, t_hi = float(grid[0]), float(grid[-1])

    def objective(x):
        psi = x[:d] + 1j * x[d : 2 * d]
        psi = psi / jnp.linalg.norm(psi)
        t = jnp.exp(x[2 * d])[None]
        rho0 = (psi[:, None] * jnp.conj(psi[None, :]))[None]
        _, q = score_from_rho0(rho0, km, t)
        q = q[0, 0]
        q = q * t[0] if figure == "per_time" else q
        return jnp.log(q)  # log: smooth and scale-free; inf where singular

    vg = jax.jit(jax.value_and_grad(objective))

    def fun(x):
        v, g = vg(jnp.asarray(x))
        v, g = float(v), np.asarray(g, dtype=float)
        if not math.isfinite(v) or not np.all(np.isfinite(g)):
            return 1e6, np.zeros_like(g)
        return v, g

    bounds = [(None, None)] * (2 * d) + [(math.log(t_lo), math.log(t_hi))]
    values = []
    best = (math.inf, None, None)
    inits = [(psi0, t_guess) for psi0 in starting_states(n, starts, seed)] + list(extra_starts)
    for psi0, t0 in inits:
        psi0 = np.asarray(psi0, complex)
        x0 = np.concatenate([psi0.real, psi0.imag, [math.log(min(max(t0, t_lo), t_hi))]])
        res = scipy.optimize.minimize(fun, x0, jac=True, method="L-BFGS-B", bounds=bounds,
                                      options={"maxiter": maxiter, "ftol": 1e-13, "gtol": 1e-10})
        val = float(np.exp(res.fun)) if res.fun < 1e5 else math.inf
        values.append(val)
        if val < best[0]:
            best = (val, float(np.exp(res.x[2 * d])), res.x)
    return {
        "kind": "best_of_optimisations",
        "note": f"best of {len(inits)} L-BFGS optimisations over input states and time (GHZ, |+>^N, "
        f"seeded random starts, seed {seed}; then the VQS probe); an estimate, not a bound",
        "qcrb": best[0],
        "t_star": best[1],
        "start_qcrbs": values,
    }
