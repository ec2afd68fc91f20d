r"""The multi-task optimum *estimate*: the best QCRB (or HCRB) over input states and sensing time.

No certificate exists for the multi-parameter task (:mod:`vqs.physics.optimum.certificate` is for one
parameter). :func:`multi_optimum` runs independent L-BFGS optimisations of
:math:`\log \mathrm{Tr}(W F^{-1})` (times t for the per-unit-time figure) over normalised input
state vectors and log t (inside the time grid), through the JAX kernel's exact gradients, and
keeps the best. It is an upper bound *estimate* on the best probe's QCRB, not a bound; the proven
lower limit is :func:`vqs.physics.optimum.bounds.qcrb_lower_bound`.

With an HCRB figure (``hcrb_per_shot``, ``hcrb_per_time``) the objective is :math:`\log C_H`
(times t per unit time), :func:`vqs.physics.kernel.holevo.hcrb` of the state
:math:`\rho_0 = |\psi\rangle\langle\psi|` after sensing; its gradient is the envelope
gradient of the HCRB (``grad_rho``, ``grad_drho``) pulled back through the kernel and the state
vector by JAX, as :mod:`vqs.physics.kernel.hcrb_grad` does through a circuit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import jax
import jax.numpy as jnp
import numpy as np
import scipy.optimize
from numpy.typing import ArrayLike

from vqs.names import Figure
from vqs.physics.kernel.batched import score_from_rho0
from vqs.physics.kernel.holevo import hcrb
from vqs.physics.kernel.sensing import KernelModel, sense, sensing_maps
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.certificate import starting_states


def _sensed(x, km: KernelModel, d: int):
    """(rho, drho) after sensing of the normalised state vector x[:2d] at t = exp(x[2d])."""
    psi = x[:d] + 1j * x[d : 2 * d]
    psi = psi / jnp.linalg.norm(psi)
    rho0 = (psi[:, None] * jnp.conj(psi[None, :]))[None]
    rho, drho = sense(rho0, *sensing_maps(km, jnp.exp(x[2 * d])[None]))
    return rho[0, 0], drho[0, 0]


def _pairing(x, km, d, g_rho, g_drho):
    """Re Tr(G rho(x)) + sum_i Re Tr(G_i d_i rho(x)): at fixed G its gradient is the HCRB's."""
    rho, drho = _sensed(x, km, d)
    return jnp.real(jnp.sum(g_rho.T * rho) + jnp.sum(jnp.swapaxes(g_drho, -1, -2) * drho))


def hcrb_objective(model, per_time: bool):
    """x -> (log C_H (+ log t per unit time), gradient, QCRB at the same point): the HCRB objective over
    a state vector (real and imaginary parts) and log t; (inf, 0, inf) where the QFI is singular."""
    km, d, w = KernelModel.of(model), model.dim, model.weight_matrix()
    states = jax.jit(lambda x: _sensed(x, km, d))
    pullback = jax.jit(jax.grad(lambda x, g, gd: _pairing(x, km, d, g, gd)))

    def fun(x):
        rho, drho = states(jnp.asarray(x))
        r = hcrb(np.asarray(rho), np.asarray(drho), w)
        if not (math.isfinite(r.value) and r.value > 0):
            return math.inf, np.zeros_like(x), math.inf
        g = np.asarray(pullback(jnp.asarray(x), jnp.asarray(r.grad_rho), jnp.asarray(r.grad_drho)), float) / r.value
        scale = math.exp(x[2 * d]) if per_time else 1.0
        if per_time:
            g[2 * d] += 1.0
        return math.log(r.value * scale), g, r.qcrb * scale

    return fun


def multi_optimum(model: SensingModel, figure: Figure | str, t_guess: float, grid: ArrayLike, starts: int,
                  seed: int, maxiter: int = 500,
                  extra_starts: Sequence[tuple[ArrayLike, float]] = ()) -> dict:
    """Best of L-BFGS optimisations of the QCRB over input states and the time (inside the grid).

    Starts: GHZ, |+>^N, seeded random states (``starts`` in all, at ``t_guess``), then every
    (state vector, time) of ``extra_starts`` (the table passes the VQS probe at its t*). L-BFGS
    never ends above its start, so the estimate is never worse than any probe it starts from.

    With an HCRB figure the objective is the HCRB (:func:`hcrb_objective`); ``hcrb`` is then the
    estimate and ``qcrb`` the QCRB of the same state at the same t (both in the figure's time
    convention: times t per unit time), ``start_hcrbs`` the value of every optimisation.

    Args:
        model: a multi-task sensing model.
        figure: ``"per_shot"``, ``"per_time"``, ``"hcrb_per_shot"`` or ``"hcrb_per_time"``.
        t_guess: the time the built-in starts begin at.
        grid: the sensing times; the time stays between their ends.
        starts: the number of built-in starts (GHZ, |+>^N, then seeded random states).
        seed: the seed of the random starts.
        maxiter: L-BFGS iterations per start.
        extra_starts: more (state vector, time) starts.

    Returns:
        A dict (the ``optimum.json`` of a multi-task table cell): ``qcrb``, ``t_star``,
        ``start_qcrbs``, ``kind``, ``note`` (and ``objective``, ``hcrb``, ``start_hcrbs``).

    Example:
        >>> multi_optimum(model, "per_shot", 1.0, default_times(model), starts=4, seed=0)  # doctest: +SKIP
    """
    n, d = model.n_wires, model.dim  # input states over every wire, ancillas included
    km = KernelModel.of(model)
    t_lo, t_hi = float(grid[0]), float(grid[-1])
    holevo = Figure(figure).holevo
    per_time = Figure(figure).per_time

    def objective(x):
        psi = x[:d] + 1j * x[d : 2 * d]
        psi = psi / jnp.linalg.norm(psi)
        t = jnp.exp(x[2 * d])[None]
        rho0 = (psi[:, None] * jnp.conj(psi[None, :]))[None]
        _, q = score_from_rho0(rho0, km, t)
        q = q[0, 0]
        q = q * t[0] if per_time else q
        return jnp.log(q)  # log: smooth and scale-free; inf where singular

    vg = jax.jit(jax.value_and_grad(objective))
    h_obj = hcrb_objective(model, per_time) if holevo else None

    def fun(x):
        if holevo:
            v, g, _ = h_obj(np.asarray(x, float))
        else:
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
    what = "HCRB" if holevo else "QCRB"
    out = {
        "kind": "best_of_optimisations",
        "objective": what.lower(),
        "note": f"best {what} of {len(inits)} L-BFGS optimisations over input states and time (GHZ, |+>^N, "
        f"seeded random starts, seed {seed}; then the VQS probe); an estimate, not a bound",
        "qcrb": best[0],
        "t_star": best[1],
        "start_qcrbs": values,
    }
    if holevo:
        qcrb_at = h_obj(best[2])[2] if best[2] is not None else math.inf
        out.update(hcrb=best[0], qcrb=qcrb_at, start_hcrbs=values)
        del out["start_qcrbs"]
    return out
