r"""The single-qubit channel of each sensor node, the one input of the certificate (see-saw optimum,
:mod:`vqs.physics.optimum.certificate`) and of the channel-extension bound (:mod:`vqs.physics.optimum.bounds`).

One common field :math:`\theta` is sensed by N nodes. Node k's composed channel is
:math:`\Lambda_k = \mathrm{post}_k\, S_k\, \mathrm{pre}_k`
(:meth:`vqs.physics.model.sensing_model.SensingModel.wire_channels`: its sensing channel, between the
network's out- and back-link teleportation maps), with derivative
:math:`\dot\Lambda_k = \mathrm{post}_k\, \dot S_k\, \mathrm{pre}_k`; the N-qubit channel is
:math:`\Lambda_1\otimes\cdots\otimes\Lambda_N`. When every node has the same channel (no per-node
noise, no links or the same Werner parameters on every node) the certificate keeps its one-channel
form, :meth:`~vqs.physics.model.sensing_model.SensingModel.channel`: the same numbers as before
per-node channels existed, bit for bit. Otherwise it gets one channel per node (nodes at different
distances, ``model.nodes``). A local field (each node its own parameter) has its own certificate,
:mod:`vqs.physics.optimum.function_bound`.
"""

from __future__ import annotations

import numpy as np

from vqs.errors import VqsError


def identical_nodes(model) -> bool:
    """True when every sensor node has the same composed channel (the one-channel form)."""
    return model.uniform and (model.links is None or model.links.homogeneous)


def sensor_channels(model, t: float, param: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The channel and its derivative in parameter ``param`` at time ``t``: one 4x4 pair when every
    node has the same channel (:func:`identical_nodes`), else (N, 4, 4) stacks, node k's composed
    channel ``post_k S_k pre_k`` in row k (sensor wires only: ancillas are not sensed)."""
    if model.local_field:
        raise VqsError("a local field (each node its own parameter) has its own certificate: "
                       "vqs.physics.optimum.function_bound")
    if identical_nodes(model):
        s, ds = model.channel(t)
        return np.asarray(s, complex), np.asarray(ds, complex)[param]
    chans, dchans = model.wire_channels(t)
    n = model.n_qubits
    return np.asarray(chans[:n], complex), np.asarray(dchans[:n, param], complex)
