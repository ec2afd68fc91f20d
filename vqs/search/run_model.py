"""The sensing model of a finished run directory, preparation noise included: result.json's
``preparation_noise`` (absent: noiseless)."""

from __future__ import annotations

from vqs.physics.model.sensing_model import SensingModel
from vqs.search.rundir import RunResult


def run_model(result: RunResult) -> SensingModel:
    """The model a run was designed under (:class:`SensingModel`)."""
    prep = None if result.preparation_noise is None else tuple(result.preparation_noise)
    return SensingModel(result.n_qubits, result.task, result.noise, result.gamma,
                        operating_point=tuple(result.operating_point), ancillas=result.ancillas,
                        preparation_noise=prep)
