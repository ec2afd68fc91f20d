"""``vqs run``: the design of :mod:`vqs.search.design` written into a run directory, resumable.

The computation is :func:`vqs.search.design.execute` (in memory); this module checks the run
directory, hands the computation a hook that writes the checkpoint and history.csv after every
generation, and writes the outputs at the end.

The run directory and its files are :class:`vqs.search.rundir.RunDir`; ``result.json`` is
:class:`vqs.search.rundir.RunResult`.

``wall_time_s`` counts every part (checks, compilation, search, refinement, GHZ baseline, outputs)
of every session of the run (:mod:`vqs.search.resume`). A killed run resumed with ``--resume``
continues from its last checkpoint and ends with the same result as an uninterrupted run with the
same seed: the GA state holds the generator state and the fitness cache, and everything after the
GA is deterministic. The checkpoint is JSON (:mod:`genetic.checkpoint`), validated on load, never
pickle; a ``checkpoint.pkl`` left by an older vqs is never read (the GA then restarts from
generation 0, to the same result). A finished run is extended by ``--resume`` with a larger
``ga.generations``.

``engine`` (:class:`~vqs.search.schema.RunConfig`) selects what computes every QFI of the run: the
GA fitness on the grid, the t* refinement, the refinement's COBYLA evaluations, the final VQS and
GHZ scores; result.json records it. (The operating-point check is the engine-independent numpy
computation of :mod:`vqs.physics.optimum.continuity`.)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from genetic import GAState
from vqs.io import atomic_write_text
from vqs.search.design import HISTORY_COLUMNS, execute, local_probe_score, prepare, versions
from vqs.search.design import history_csv as _history_csv
from vqs.search.resume import prepare_run_dir, write_checkpoint
from vqs.search.rundir import RunResult
from vqs.search.schema import RunConfig

__all__ = ["HISTORY_COLUMNS", "local_probe_score", "run", "versions"]


def run(config: RunConfig, out: str | Path, resume: bool = False, progress: Callable | None = None,
        stage: Callable[[str, int, int], None] | None = None) -> RunResult:
    """Run the whole pipeline into ``out``; returns its result (also written as result.json).

    Args:
        config: a validated :class:`~vqs.search.schema.RunConfig` (:func:`load_config`).
        out: the run directory (:class:`~vqs.search.rundir.RunDir`).
        resume: continue the run in ``out`` from its checkpoint.
        progress: ``progress(generation, generations, best)`` after every generation.
        stage: ``stage(name, k, total)`` when a part starts: ``"search"`` (0, generations; the
            first generation also compiles the kernel), ``"refine"`` (k of top_k, from 1), ``"hcrb"``
            (HCRB figures: k of the refined structures refined again on the HCRB), ``"baseline"`` (GHZ
            and outputs).

    Returns:
        The :class:`~vqs.search.rundir.RunResult`.

    Example:
        >>> result = run(load_config("configs/quickstart.yaml"), "runs/quickstart")  # doctest: +SKIP
        >>> result.vqs.best / result.ghz.best  # doctest: +SKIP

    Everything is checked before the run directory is created (the config at load, the operating
    point by :func:`vqs.physics.optimum.continuity.require_continuous`, the GA and refinement settings, the
    fitness: :func:`vqs.search.design.prepare`): on any refusal nothing is written, and a corrected
    rerun into ``out`` is not blocked. Without a run directory, :func:`vqs.search.design.design`.
    """
    started = time.perf_counter()
    plan = prepare(config)
    session = prepare_run_dir(config, Path(out), resume)  # takes the run directory's lock
    try:
        paths = session.paths
        if session.finished:
            return paths.read_result()

        def elapsed() -> float:
            return session.elapsed_s + time.perf_counter() - started

        def on_generation(s: GAState) -> None:
            write_checkpoint(paths.checkpoint, s, elapsed())
            atomic_write_text(paths.history, _history_csv(s.history))
            if progress is not None:
                progress(s.generation, plan.ga.generations, s.history[-1]["best"])

        designed = execute(plan, session.state, on_generation, stage, elapsed)
        paths.write_outputs(designed.result, designed.circuit)
        return designed.result
    finally:
        session.release()  # the run directory's lock
