r"""The network's channels around sensing: teleportation over Werner links, one per node and leg.

A sensing node (SN) receives its probe qubit from the base station (BS) by teleportation through
a Werner pair :math:`w|\Phi^+\rangle\langle\Phi^+| + (1-w) I/4` (Werner parameter
:math:`w = (4F-1)/3`, F the pair's fidelity). Averaged over the Bell-measurement outcomes, with
the Pauli correction applied, this acts on that qubit alone as the depolarizing map

.. math:: \rho \mapsto w\,\rho + (1-w)\,\mathrm{Tr}_i(\rho)\otimes I/2

(Bennett et al., PRA 54, 3824 (1996); ``tests/vqs/physics/model/test_links.py`` checks it against
an explicit teleportation circuit to 1e-10). Its superoperator is
:math:`w\,\mathbb 1_4 + (1-w)\,|I\rangle\!\rangle\langle\!\langle I|/2`, exactly the identity at
w = 1. It is completely positive for :math:`-1/3 \le w \le 1`.

Two protocols (the seed's): **distributed** — out-link (``pre``), sensing, back-link (``post``),
joint measurement at the BS (the QFI/HCRB figures); **remote** — out-link, sensing, a local
readout at each SN reported classically (the local-CFI figures; no back-link). Node i is sensor
wire i; ancillas stay at the BS (identity). The sensing noise stays the model's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from vqs.errors import VqsError

W_MIN = -1.0 / 3.0
"""The smallest Werner parameter (F = 0): the map is completely positive on [-1/3, 1]."""


class Protocol(StrEnum):
    DISTRIBUTED = "distributed"
    REMOTE = "remote"


def werner_superop(w: float) -> np.ndarray:
    """4x4 superoperator of teleportation through a Werner pair of parameter ``w`` (see the module)."""
    w = float(w)
    vec_i = np.array([1.0, 0.0, 0.0, 1.0], dtype=complex)
    return w * np.eye(4, dtype=complex) + (1.0 - w) * np.outer(vec_i, vec_i) / 2.0


def _werners(values, n: int, leg: str) -> tuple[float, ...]:
    try:
        out = tuple(float(v) for v in values)
    except (TypeError, ValueError):
        raise VqsError(f"werner {leg}: {n} numbers in [-1/3, 1] needed, got {values!r}") from None
    if len(out) != n or not all(math.isfinite(v) and W_MIN - 1e-12 <= v <= 1 + 1e-12 for v in out):
        raise VqsError(f"werner {leg}: {n} numbers in [-1/3, 1] needed (one per node), got {list(values)!r}")
    return tuple(min(1.0, max(W_MIN, v)) for v in out)


@dataclass(frozen=True)
class Links:
    """The per-node Werner parameters of the out-link and (distributed protocol) the back-link.

    Args:
        protocol: ``"distributed"`` (out-link, sensing, back-link, joint measurement) or ``"remote"``
            (out-link, sensing, local readout; ``back`` must be None).
        out: one Werner parameter per sensor qubit (node), BS -> SN.
        back: one per node, SN -> BS (distributed protocol).

    Example:
        >>> Links("distributed", (0.9, 0.8), (0.9, 0.8)).pre(3)[2].real.round(3).tolist()[0]
        [1.0, 0.0, 0.0, 0.0]
    """

    protocol: Protocol
    out: tuple[float, ...]
    back: tuple[float, ...] | None = None

    def __post_init__(self):
        try:
            protocol = Protocol(self.protocol)
        except ValueError:
            raise VqsError(f"protocol must be distributed or remote, got {self.protocol!r}") from None
        object.__setattr__(self, "protocol", protocol)
        n = len(tuple(self.out)) if np.ndim(self.out) == 1 else -1
        object.__setattr__(self, "out", _werners(self.out, max(n, 1), "out"))
        if protocol == Protocol.REMOTE:
            if self.back is not None:
                raise VqsError("the remote protocol has no back-link: werner back must be None")
        elif self.back is None:
            raise VqsError("the distributed protocol needs the back-link's werner parameters")
        else:
            object.__setattr__(self, "back", _werners(self.back, len(self.out), "back"))

    @property
    def n_nodes(self) -> int:
        return len(self.out)

    @property
    def homogeneous(self) -> bool:
        """Every node sees the same composed channel (the certificate's single-channel form)."""
        same = len(set(self.out)) == 1
        return same and (self.back is None or len(set(self.back)) == 1)

    def _maps(self, ws, n_wires: int) -> np.ndarray:
        maps = np.broadcast_to(np.eye(4, dtype=complex), (n_wires, 4, 4)).copy()
        for i, w in enumerate(ws):
            maps[i] = werner_superop(w)
        return maps

    def pre(self, n_wires: int) -> np.ndarray:
        """(n_wires, 4, 4): the out-link on the node wires, identity on the ancillas (kept at the BS)."""
        return self._maps(self.out, n_wires)

    def post(self, n_wires: int) -> np.ndarray:
        """(n_wires, 4, 4): the back-link (distributed), or identities (remote: read out at the SN)."""
        return self._maps(self.back or (), n_wires)

    def to_dict(self) -> dict:
        """result.json's ``werner``: one value per node and leg (``back`` null for the remote protocol)."""
        return {"protocol": str(self.protocol), "out": list(self.out),
                "back": None if self.back is None else list(self.back)}

    @classmethod
    def from_dict(cls, d) -> Links:
        try:
            return cls(d["protocol"], tuple(d["out"]), None if d.get("back") is None else tuple(d["back"]))
        except (KeyError, TypeError):
            raise VqsError(f"werner must hold protocol, out and back, got {d!r}") from None

    def describe(self) -> str:
        legs = "out " + ", ".join(f"{w:.4g}" for w in self.out)
        if self.back is not None:
            legs += "; back " + ", ".join(f"{w:.4g}" for w in self.back)
        return f"{self.protocol} links (werner {legs})"
