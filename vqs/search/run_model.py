"""The sensing model of a finished run directory: result.json's scenario with everything that
changes the physics (``preparation_noise``, the network's ``werner`` links, the local ``field``, its
``weights`` and per-node ``nodes``; each absent: the default)."""

from __future__ import annotations

from vqs.physics.model.links import Links
from vqs.physics.model.sensing_model import SensingModel
from vqs.search.rundir import RunResult


def run_model(result: RunResult) -> SensingModel:
    """The model a run was designed under (:class:`SensingModel`)."""
    extra = {}
    if result.field != "common":
        extra["field"] = result.field
        extra["function_weights"] = None if result.weights is None else tuple(result.weights)
    if result.nodes is not None:
        extra["nodes"] = tuple((node["noise"], float(node["gamma"])) for node in result.nodes)
    return SensingModel(result.n_qubits, result.task, result.noise, result.gamma,
                        operating_point=tuple(result.operating_point), ancillas=result.ancillas,
                        preparation_noise=None if result.preparation_noise is None else tuple(result.preparation_noise),
                        links=None if result.werner is None else Links.from_dict(result.werner), **extra)
