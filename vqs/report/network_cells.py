"""The limits beside each designed probe of the network sweep (``vqs network --design``): for the
run config of one (link, protocol, distance) cell, with its composed per-node channels,

* ``optimum``: the see-saw optimum of the QFI figure (:func:`vqs.physics.optimum.certificate.optimal_over_time`,
  many starts): achieved by a probe with the best joint measurement;
* ``bound``: the channel-extension bound on the QFI figure (:func:`vqs.physics.optimum.bounds.qfi_bound_over_time`):
  proven, no probe (ancillas included) exceeds it;
* ``estimate``: an estimate of the best probe for the cell's own figure: the see-saw optimum for the
  distributed protocol (QFI figures); for the remote protocol (local-CFI figures, each node reads out
  locally) the best local-CFI figure over input states, local readouts and time
  (:func:`vqs.physics.readout.local_optimum.local_optimum`), started also from every probe designed at
  that distance with its readout and t*. The QFI optimum is only an upper limit there.

Nodes at different distances work the same way (the certificate takes each node's composed channel,
:mod:`vqs.physics.optimum.node_channels`): :func:`cell_limits` takes any single-task run config.
"""

from __future__ import annotations

from collections.abc import Sequence

from ansatz import Circuit
from vqs.names import Figure
from vqs.physics.kernel.states import circuit_statevectors
from vqs.physics.optimum.bounds import qfi_bound_over_time
from vqs.physics.optimum.certificate import optimal_over_time
from vqs.physics.readout.local_optimum import local_optimum


def cell_limits(config, probes: Sequence[tuple[Circuit, float]] = (), starts: int = 6) -> dict:
    """``{"optimum", "optimum_t", "bound", "bound_t", "estimate", "estimate_kind", "estimate_t"}`` of the
    run config's model, figure of merit and time grid (single task). ``probes``: (circuit with its
    readout, t*) of the probes designed for it, extra starts of the local-readout estimate; ``starts``:
    the built-in starts of the see-saw and of the estimate (seeded by the config's seed)."""
    model = config.model.build()
    grid = config.time_grid.times(model)
    figure = Figure(config.figure_of_merit)
    base = figure.time_convention
    opt = optimal_over_time(model, grid, base, starts=starts, seed=config.seed)
    bound = qfi_bound_over_time(model, grid, base)
    out = {"optimum": float(opt.value), "optimum_t": float(opt.t_star), "bound": float(bound.value),
           "bound_t": float(bound.t_star), "estimate": float(opt.value), "estimate_kind": "seesaw",
           "estimate_t": float(opt.t_star)}
    if figure.local:
        extra = [(circuit_statevectors(c)[0], c.readout, t) for c, t in probes if c.readout is not None]
        est = local_optimum(model, figure, grid, starts=starts, seed=config.seed, extra_starts=extra)
        out |= {"estimate": est["value"], "estimate_kind": "local_readout", "estimate_t": est["t_star"]}
    return out
