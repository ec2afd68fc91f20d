"""The sensing model of a finished run directory: result.json's scenario and, from the run's
config.resolved.yaml when present, ``model.preparation_noise`` (result.json does not repeat it)."""

from __future__ import annotations

from vqs.physics.model.sensing_model import SensingModel
from vqs.search.rundir import RunDir, RunResult


def run_model(rd: RunDir, result: RunResult) -> SensingModel:
    """The model a run was designed under, preparation noise included (:class:`SensingModel`)."""
    prep = rd.read_config().model.preparation_noise if rd.config.is_file() else None
    return SensingModel(result.n_qubits, result.task, result.noise, result.gamma,
                        operating_point=tuple(result.operating_point), ancillas=result.ancillas,
                        preparation_noise=prep)
