"""The ``model.network`` section of a run config: the sensing nodes, their links, the protocol.

Each node is one sensor qubit (node i is wire i), at ``distances_km[i]`` from the base station over a
``fiber`` repeater chain or the dual-downlink ``satellite`` (the link models of
:mod:`vqs.network.fiber` and :mod:`vqs.network.satellite`, with their memory decay), purified by
``rounds[i]`` of DEJMPS (or BBPSSW) and twirled to a Werner pair (local random Paulis, free), so that
teleporting through it is the depolarizing channel of :mod:`vqs.physics.model.links` with the
delivered Werner parameter w = (4F - 1)/3. The back-link (distributed protocol) is a fresh pair of
the same link: w_back = w_out. :meth:`NetworkSection.links` resolves the section once, at the
boundary, into the :class:`~vqs.physics.model.links.Links` the model carries (:meth:`NetworkSection.resolve`).
"""

from __future__ import annotations

import math
from typing import Literal

import numpy as np
from pydantic import Field, model_validator

from vqs.config import Strict
from vqs.errors import VqsError
from vqs.network.config import MAX_GROUND_KM, PROTOCOLS, FiberConfig, SatelliteConfig
from vqs.network.fiber import fiber_chain
from vqs.network.purification import purify, werner
from vqs.network.satellite import coverage_limit_km, dual_downlink
from vqs.physics.model.links import Links

LinkName = Literal["fiber", "satellite"]


class NetworkSection(Strict):
    """The network the probe travels through (docs/network.md, 'Designing for the network'); no
    network while ``distances_km`` is empty (the default)."""

    protocol: Literal["distributed", "remote"] = Field(
        default="distributed",
        description="distributed: out-link, sensing, back-link, joint measurement at the base station (QFI/HCRB "
        "figures); remote: out-link, sensing, local readout at each node (the local_cfi figures)",
    )
    distances_km: list[float] = Field(
        default_factory=list,
        description="each node's ground distance from the base station (km, > 0, <= 20037.5), one per sensor qubit "
        "(node i senses with wire i); empty: no network",
    )
    links: list[LinkName] = Field(
        default_factory=lambda: ["satellite"],
        description="each node's link, fiber or satellite: one per node, or one for every node",
    )
    rounds: list[int] = Field(
        default_factory=lambda: [0],
        description="purification rounds on each node's pairs (0 to 10): one per node, or one for every node",
    )
    purification: Literal[PROTOCOLS] = Field(default="dejmps",
                                             description="purification protocol of the rounds: dejmps or bbpssw")
    fiber: FiberConfig = Field(default=FiberConfig(), description="the fiber repeater chain (as in vqs network)")
    satellite: SatelliteConfig = Field(
        default=SatelliteConfig(),
        description="the dual-downlink satellite (as in vqs network); its memories are the fiber's "
        "(fiber.memory_coherence_s)")

    @model_validator(mode="after")
    def _per_node(self):
        n = len(self.distances_km)
        if any(not (0 < d <= MAX_GROUND_KM) or not math.isfinite(d) for d in self.distances_km):
            raise ValueError(f"network.distances_km must lie in (0, {MAX_GROUND_KM:g}] km, got {self.distances_km}")
        for name in ("links", "rounds"):
            v = getattr(self, name)
            if len(v) not in (1, max(n, 1)):
                raise ValueError(f"network.{name} needs one value per node ({n}) or one for all, got {v}")
        if any(not 0 <= r <= 10 for r in self.rounds):
            raise ValueError(f"network.rounds must lie in [0, 10], got {self.rounds}")
        return self

    @property
    def active(self) -> bool:
        return bool(self.distances_km)

    def _node(self, name: str, i: int):
        v = getattr(self, name)
        return v[0] if len(v) == 1 else v[i]

    def delivered_werner(self) -> list[float]:
        """The Werner parameter of each node's delivered (purified, twirled) pair."""
        sat = self.satellite.params(self.fiber)
        out = []
        for i, km in enumerate(self.distances_km):
            link, rounds = self._node("links", i), self._node("rounds", i)
            if link == "fiber":
                fid = float(fiber_chain([km], self.fiber.params()).fidelity[0])
            else:
                r = dual_downlink([km], sat)
                if not bool(r.in_view[0]):
                    raise VqsError(f"model.network.distances_km[{i}]: {km:g} km is beyond the satellite's "
                                   f"coverage ({coverage_limit_km(sat):.1f} km)")
                fid = float(r.fidelity[0])
            fid = float(np.clip(fid, 0.0, 1.0))
            final = purify(werner(fid), rounds, self.purification)[-1].fidelity if rounds else fid
            out.append((4.0 * final - 1.0) / 3.0)
        return out

    def resolve(self) -> Links | None:
        """The model's links (None without nodes)."""
        if not self.active:
            return None
        w = tuple(self.delivered_werner())
        return Links(self.protocol, w, None if self.protocol == "remote" else w)
