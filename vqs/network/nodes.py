"""The ``model.network`` section of a run config: the sensing nodes, their links, the protocol.

Each node is one sensor qubit (node i is wire i), at ``distance_km`` from the base station over a
``fiber`` repeater chain or the dual-downlink ``satellite`` (the link models of
:mod:`vqs.network.fiber` and :mod:`vqs.network.satellite`, with their memory decay), purified by
``rounds`` of DEJMPS (or BBPSSW) and twirled to a Werner pair (local random Paulis, free), so that
teleporting through it is the depolarizing channel of :mod:`vqs.physics.model.links` with the
delivered Werner parameter w = (4F - 1)/3. The back-link (distributed protocol) is a fresh pair of
the same link: w_back = w_out. :meth:`NetworkSection.links` resolves the section once, at the
boundary, into the :class:`~vqs.physics.model.links.Links` the model carries.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
from pydantic import Field

from vqs.config import Strict
from vqs.errors import VqsError
from vqs.network.config import MAX_GROUND_KM, PROTOCOLS, FiberConfig, SatelliteConfig
from vqs.network.fiber import fiber_chain
from vqs.network.purification import purify, werner
from vqs.network.satellite import coverage_limit_km, dual_downlink
from vqs.physics.model.links import Links


class NodeConfig(Strict):
    """One sensing node: where it is and how its qubit travels."""

    distance_km: float = Field(gt=0, le=MAX_GROUND_KM, allow_inf_nan=False,
                               description="ground distance from the base station (km)")
    link: Literal["fiber", "satellite"] = Field(
        default="satellite", description="the link that distributes the node's Bell pairs: fiber or satellite")
    rounds: int = Field(default=0, ge=0, le=10, description="purification rounds on the node's pairs (0 to 10)")


class NetworkSection(Strict):
    """The network the probe travels through (docs/network.md, 'Designing for the network')."""

    protocol: Literal["distributed", "remote"] = Field(
        default="distributed",
        description="distributed: out-link, sensing, back-link, joint measurement at the base station (QFI/HCRB "
        "figures); remote: out-link, sensing, local readout at each node (the local_cfi figures)",
    )
    nodes: list[NodeConfig] = Field(
        min_length=1, description="one entry per sensor qubit (node i senses with wire i): distance_km, link, rounds")
    purification: str = Field(default="dejmps", description="purification protocol of the rounds: dejmps or bbpssw")
    fiber: FiberConfig = Field(default=FiberConfig(), description="the fiber repeater chain (as in vqs network)")
    satellite: SatelliteConfig = Field(
        default=SatelliteConfig(),
        description="the dual-downlink satellite (as in vqs network); its memories are the fiber's "
        "(fiber.memory_coherence_s)")

    def delivered_werner(self) -> list[float]:
        """The Werner parameter of each node's delivered (purified, twirled) pair."""
        if self.purification not in PROTOCOLS:
            raise VqsError(f"model.network.purification must be one of {', '.join(PROTOCOLS)}, "
                           f"got {self.purification!r}")
        sat = self.satellite.params(self.fiber)
        out = []
        for i, node in enumerate(self.nodes):
            if node.link == "fiber":
                fid = float(fiber_chain([node.distance_km], self.fiber.params()).fidelity[0])
            else:
                r = dual_downlink([node.distance_km], sat)
                if not bool(r.in_view[0]):
                    raise VqsError(f"model.network.nodes[{i}]: {node.distance_km:g} km is beyond the satellite's "
                                   f"coverage ({coverage_limit_km(sat):.1f} km)")
                fid = float(r.fidelity[0])
            fid = float(np.clip(fid, 0.0, 1.0))
            final = purify(werner(fid), node.rounds, self.purification)[-1].fidelity if node.rounds else fid
            out.append((4.0 * final - 1.0) / 3.0)
        return out

    def links(self) -> Links:
        w = tuple(self.delivered_werner())
        return Links(self.protocol, w, None if self.protocol == "remote" else w)
