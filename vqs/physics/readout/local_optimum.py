r"""An *estimate* of the best probe for a local readout: the largest local-CFI figure over input
states, each node's projective readout and the sensing time (the remote protocol's best probe).

The remote protocol reads each node out locally, so its figure is the CFI of a product projective
measurement, not the QFI: the see-saw optimum (:mod:`vqs.physics.optimum.certificate`) and the
channel-extension bound are upper limits on it, not estimates. :func:`local_optimum` maximises

.. math:: \max_{\psi,\ \{(\vartheta_q,\varphi_q)\},\ t}\; C(\psi, \vartheta, \varphi, t)\ \ (\text{or } C/t),

the CFI of the local readout (one Bloch direction per wire, :mod:`vqs.physics.readout.measurement`)
of the pure input :math:`|\psi\rangle` after the model's sensing channel (its links, per-node noise
and ancillas included; the kernel's :func:`~vqs.physics.kernel.sensing.sense` and
:func:`~vqs.physics.kernel.local_cfi.local_distribution`), as :mod:`vqs.physics.optimum.multi_optimum`
does for the QCRB: L-BFGS-B on the real and imaginary parts of :math:`\psi`, the 2n readout angles and
log t (inside the time grid), with JAX gradients, from many starts
(:func:`~vqs.physics.readout.measurement.multistart_lbfgs`, the optimiser of every local readout).
Starts: each of GHZ, :math:`|+\rangle^{\otimes n}` and seeded random states
(:func:`~vqs.physics.kernel.states.starting_states`) with each start readout
(:func:`~vqs.physics.readout.measurement.start_angles`: all-X, all-Y, seeded directions) at its best
time on the grid, then the caller's probes (the designed probe with its readout and t*). L-BFGS never
ends above its start, so the estimate is never below any probe it starts from. It is the best value
found, not a bound. The input states are prepared without gate noise (``model.preparation_noise`` is
not applied: an estimate of what a perfectly prepared probe can reach).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np
from numpy.typing import ArrayLike

from vqs import _checks
from vqs.errors import VqsError
from vqs.names import Figure
from vqs.physics.kernel.local_cfi import cfim, local_distribution
from vqs.physics.kernel.qfim import bound
from vqs.physics.kernel.sensing import KernelModel, sense, sensing_maps
from vqs.physics.kernel.states import starting_states
from vqs.physics.readout.measurement import canonical_angles, multistart_lbfgs, start_angles

_FLOOR = 1e-300


def _neg_log(x, km: KernelModel, d: int, n: int, single: bool, per_time: bool):
    """-log figure of x = (Re psi, Im psi, readout angles (n, 2), log t)."""
    psi = x[:d] + 1j * x[d : 2 * d]
    psi = psi / jnp.linalg.norm(psi)
    log_t = x[-1]
    rho0 = (psi[:, None] * jnp.conj(psi[None, :]))[None]
    rho, drho = sense(rho0, *sensing_maps(km, jnp.exp(log_t)[None]))
    p, dp = local_distribution(rho[0, 0], drho[0, 0], x[2 * d : 2 * d + 2 * n].reshape(n, 2))
    c = cfim(p, dp)
    value = c[0, 0] if single else 1.0 / bound(c, km.weights, km.target)
    return -jnp.log(jnp.maximum(value, _FLOOR)) + (log_t if per_time else 0.0)


_STATIC = ("d", "n", "single", "per_time")
_value_and_grad = partial(jax.jit, static_argnames=_STATIC)(jax.value_and_grad(_neg_log))


@partial(jax.jit, static_argnames=_STATIC)
def _batched(rows, km: KernelModel, d: int, n: int, single: bool, per_time: bool):
    """:func:`_neg_log` of every row of ``rows``."""
    return jax.vmap(lambda x: _neg_log(x, km, d, n, single, per_time))(rows)


def local_optimum(model, figure: Figure | str, grid: ArrayLike, *, starts: int = 6, readout_starts: int = 2,
                  seed: int = 0, extra_starts: Sequence[tuple[ArrayLike, ArrayLike | None, float]] = ()) -> dict:
    """The best local-CFI figure found over input states, local readouts and time (an estimate).

    Args:
        model: the :class:`~vqs.physics.model.sensing_model.SensingModel` (its links and nodes).
        figure: ``local_cfi_per_shot`` or ``local_cfi_per_time``.
        grid: the time grid; t stays between its ends.
        starts: built-in start states (GHZ, |+>^n, then seeded random states).
        readout_starts: seeded random start readouts besides all-X and all-Y, for every start state.
        seed: the seed of the random states and readouts.
        extra_starts: more (state vector, readout (n, 2) or None for every start readout, time) starts.

    Returns:
        ``{"kind", "note", "value", "t_star", "state", "readout", "starts"}``: the figure reached (CFI
        or CFI/t), its time, input state (list of [re, im]), readout angles (n, 2) and the number of
        optimisations.
    """
    figure = _checks.figure(figure, local=True)
    if not figure.local:
        raise VqsError(f"the local-readout estimate is for a local-CFI figure of merit, not {figure}")
    grid = _checks.time_grid(grid)
    _checks.phases(model.operating_point, float(grid[-1]))
    n, d = model.n_wires, model.dim
    km = KernelModel.of(model)._replace(prep=None)
    shape = {"d": d, "n": n, "single": model.n_params == 1 and km.target is None, "per_time": figure.per_time}

    def batched(rows):
        return _batched(rows, km, **shape)

    def fun(x):
        v, g = _value_and_grad(jnp.asarray(x), km, **shape)
        v, g = float(v), np.asarray(g, dtype=float)
        if not (math.isfinite(v) and np.all(np.isfinite(g))):
            return 1e6, np.zeros_like(g)
        return v, g

    readouts = [np.asarray(r, float) for r in start_angles(n, readout_starts, seed)]
    span = (math.log(grid[0]), math.log(grid[-1]))
    x0s = []
    for psi in starting_states(n, starts, seed):
        x0s += [_start(batched, psi, r, grid) for r in readouts]
    for psi, readout, t in extra_starts:
        psi = np.asarray(psi, complex).reshape(-1)
        if psi.shape != (d,):
            raise VqsError(f"a start state needs {d} amplitudes, got {psi.size}")
        for r in readouts if readout is None else [np.asarray(readout, float)]:
            x0s.append(np.concatenate([psi.real, psi.imag, r.ravel(), [float(np.clip(math.log(t), *span))]]))
    best = multistart_lbfgs(fun, x0s, bounds=[(None, None)] * (2 * d + 2 * n) + [span])
    psi = best.x[:d] + 1j * best.x[d : 2 * d]
    psi = psi / np.linalg.norm(psi)
    t_star = math.exp(float(np.clip(best.x[-1], *span)))
    return {
        "kind": "best_of_optimisations",
        "note": f"best local-CFI figure of {len(x0s)} L-BFGS optimisations over input states, local readouts and "
        f"time (GHZ, |+>^n, seeded random states x all-X, all-Y, seeded readouts, seed {seed}; then the "
        "caller's probes); an estimate, not a bound",
        "value": float(math.exp(-best.fun)) if best.fun < 1e5 else 0.0,
        "t_star": t_star,
        "state": [[float(z.real), float(z.imag)] for z in psi],
        "readout": canonical_angles(best.x[2 * d : 2 * d + 2 * n].reshape(n, 2)).tolist(),
        "starts": len(x0s),
    }


def _start(batched, psi, readout, grid) -> np.ndarray:
    """The start vector of (psi, readout) at its best time on the grid."""
    head = np.concatenate([np.asarray(psi).real, np.asarray(psi).imag, readout.ravel()])
    rows = np.concatenate([np.tile(head, (len(grid), 1)), np.log(grid)[:, None]], axis=1)
    values = np.asarray(batched(jnp.asarray(rows)))
    values = np.where(np.isfinite(values), values, np.inf)
    return rows[int(np.argmin(values))]
