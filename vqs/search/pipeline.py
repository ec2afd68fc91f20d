"""``vqs run``: genetic search, refinement, GHZ baseline and outputs of one sensing scenario.

With a local-CFI figure of merit (docs/measurement.md) the probe is designed with its local
readout: each refined structure starts from its best readout
(:func:`vqs.physics.local_readout.best_local_over_time`), refinement moves gene angles, readout
and t together, GHZ is scored with its own best local readout (and competes for the VQS probe
when genomes start from GHZ), and result.json records the
readout and its continuity check (:func:`vqs.physics.local_readout.readout_check`).

With an HCRB figure of merit (``hcrb_per_shot``, ``hcrb_per_time``; multi task) the search screens
and :func:`~vqs.search.refine.refine_circuit` refines with the QCRB figure of the same time
convention, then every refined structure is refined on the HCRB itself
(:func:`vqs.search.refine_hcrb.refine_hcrb_two_starts`: from its QCRB-refined angles and from zero
angles) and the best is reported, GHZ at its own best HCRB
time. Every multi-task result.json gives the HCRB, HCRB/QCRB and the weak-commutativity diagnostic
of both probes at their t*.

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
computation of :mod:`vqs.physics.continuity`.)
"""

from __future__ import annotations

import csv
import io
import platform
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ansatz import Circuit
from genetic import GAState, evolve
from vqs import __version__
from vqs.errors import VqsError
from vqs.io import atomic_write_text
from vqs.names import Figure, Task
from vqs.physics.continuity import require_continuous
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.hcrb_time import best_hcrb_time, hcrb_point
from vqs.physics.local_readout import best_local_over_time, readout_check
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits
from vqs.search.fitness import make_fitness
from vqs.search.refine import layered_starts, refine_circuit
from vqs.search.refine_hcrb import hcrb_probe_score, refine_hcrb_two_starts
from vqs.search.resume import prepare_run_dir, write_checkpoint
from vqs.search.rundir import ProbeScore, RunResult
from vqs.search.schema import RunConfig
from vqs.search.workers import fitness_pool

HISTORY_COLUMNS = ("generation", "best", "mean", "diversity", "n_evaluated", "best_length", "n_invalid")


def versions() -> dict[str, str]:
    import deap
    import jax
    import optax
    import pennylane

    return {
        "vqs": __version__,
        "python": platform.python_version(),
        "jax": jax.__version__,
        "pennylane": pennylane.__version__,
        "numpy": np.__version__,
        "optax": optax.__version__,
        "deap": deap.__version__,
    }


def _history_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=HISTORY_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue()


def run(config: RunConfig, out: str | Path, resume: bool = False, progress: Callable | None = None,
        stage: Callable[[str, int, int], None] | None = None) -> RunResult:
    """Run the whole pipeline into ``out``; returns its result (also written as result.json).

    Args:
        config: a validated :class:`~vqs.search.schema.RunConfig` (:func:`load_config`).
        out: the run directory (:class:`~vqs.search.rundir.RunDir`).
        resume: continue the run in ``out`` from its checkpoint.
        progress: ``progress(generation, generations, best)`` after every generation.
        stage: ``stage(name, k, total)`` when a part starts: ``"search"`` (0, generations; the
            first generation also compiles the kernel), ``"refine"`` (k of top_k, from 1),
            ``"baseline"`` (GHZ and outputs).

    Returns:
        The :class:`~vqs.search.rundir.RunResult`.

    Example:
        >>> result = run(load_config("configs/quickstart.yaml"), "runs/quickstart")  # doctest: +SKIP
        >>> result.vqs.best / result.ghz.best  # doctest: +SKIP

    Everything is checked before the run directory is created (the config at load, the operating
    point by :func:`vqs.physics.continuity.require_continuous`, the GA and refinement settings, the
    fitness): on any refusal nothing is written, and a corrected rerun into ``out`` is not blocked.
    """
    started = time.perf_counter()
    model = config.model.build()
    grid = config.time_grid.times(model)
    continuity = require_continuous(model, grid)
    ga_config = config.ga.build()
    options = config.refine.options()
    figure = config.figure_of_merit
    holevo = Figure(figure).holevo
    screen = Figure(figure).time_convention if holevo else figure  # HCRB figures: screened and refined on the QCRB
    pool = fitness_pool(config.ga.workers)  # no worker process starts before the search
    fitness = make_fitness(model, grid, screen, config.ga.max_genes, config.ga.init, config.ga.local_steps,
                           config.ga.local_learning_rate, score_points=config.ga.score_points,
                           local_best=config.ga.local_best, pool=pool, engine=config.engine)
    engine = config.engine
    session = prepare_run_dir(config, Path(out), resume)
    paths = session.paths
    if session.finished:
        return paths.read_result()

    def elapsed() -> float:
        return session.elapsed_s + time.perf_counter() - started

    def on_generation(s: GAState) -> None:
        write_checkpoint(paths.checkpoint, s, elapsed())
        atomic_write_text(paths.history, _history_csv(s.history))
        if progress is not None:
            progress(s.generation, ga_config.generations, s.history[-1]["best"])

    if stage is not None:
        stage("search", 0 if session.state is None else session.state.generation, ga_config.generations)
    with pool:  # the worker processes (ga.workers > 1) end with the search
        search = evolve(ga_config, fitness, model.n_qubits, config.seed, state=session.state,
                        on_generation=on_generation)

    refined = []
    # the search's best distinct structures, then any layered starts (docs/scale.md)
    starts = [Circuit(model.n_qubits, tuple(ranked.genome), config.ga.init)
              for ranked in search.best_structures(config.refine.top_k)]
    n_search = len(starts)
    starts += layered_starts(model.n_qubits, config.ga.init, config.refine.layered_starts,
                             config.refine.layered_depth, config.seed)
    local = Figure(figure).local
    for k, circuit in enumerate(starts, 1):
        if stage is not None:
            stage("refine", k, len(starts))
        t_hint, max_genes = None, max(config.ga.max_genes, len(circuit.genes))  # layered starts may be longer
        if local:  # the genome's best readout (over readout and t), the start of the joint refinement
            circuit, start = best_local_over_time(circuit, model, grid, figure, max_genes=max_genes)
            t_hint = start.t_star
        refined.append(refine_circuit(circuit, model, grid, screen, options, max_genes=max_genes,
                                      t_hint=t_hint, engine=engine))
    if not refined:
        raise VqsError("the search found no valid circuit (every fitness was -inf)")
    if stage is not None:
        stage("baseline", 1, 1)
    best = max(refined, key=lambda r: r.best.value)
    vqs_circuit, vqs_best = best.circuit, best.best
    h_refined = []
    if holevo:  # then every refined structure on the HCRB itself (docs/model.md, "HCRB vs QCRB")
        h_refined = [refine_hcrb_two_starts(r.circuit, model, grid, figure, options,
                                 max_genes=max(config.ga.max_genes, len(r.circuit.genes))) for r in refined]
        h_best = max(h_refined, key=lambda r: r.best.value)
        ghz_h = best_hcrb_time(ghz_circuit(model.n_qubits), model, grid, figure)
        vqs_circuit, vqs_best, ghz = h_best.circuit, h_best.best, ghz_h
        if config.ga.init == "ghz" and ghz_h.value > vqs_best.value:  # the bare GHZ genome is in the search space
            vqs_circuit, vqs_best = ghz_circuit(model.n_qubits), ghz_h
        vqs_score = hcrb_probe_score(vqs_circuit, vqs_best, model, len(vqs_circuit.genes))
        ghz_score = hcrb_probe_score(ghz_circuit(model.n_qubits), ghz_h, model)
    elif local:  # GHZ with its best local readout, so that vqs_over_ghz compares like with like
        ghz_probe, ghz = best_local_over_time(ghz_circuit(model.n_qubits), model, grid, figure)
        if config.ga.init == "ghz" and ghz.value > vqs_best.value:
            # the bare GHZ genome is in the search space (generation 0), but the search scored it with
            # four start readouts only: with its best readout it is a candidate like the refined ones
            vqs_circuit, vqs_best = ghz_probe, ghz
        vqs_score = local_probe_score(vqs_circuit, vqs_best, model, len(vqs_circuit.genes))
        ghz_score = local_probe_score(ghz_probe, ghz, model)
    else:
        ghz = best_times_of_circuits([ghz_circuit(model.n_qubits)], model, grid, figure, engine=engine)[0]
        vqs_score = ProbeScore.of(vqs_best, model.task, n_genes=len(vqs_circuit.genes))
        ghz_score = ProbeScore.of(ghz, model.task)
    if model.task == Task.MULTI and not holevo:  # the attainable figure beside the QCRB, at each probe's t*
        vqs_score = vqs_score.with_holevo(hcrb_point(vqs_circuit, model, vqs_score.t_star))
        ghz_probe = ghz_probe if local else ghz_circuit(model.n_qubits)
        ghz_score = ghz_score.with_holevo(hcrb_point(ghz_probe, model, ghz_score.t_star))

    result = RunResult(
        name=config.name,
        task=model.task,
        noise=model.noise,
        gamma=model.gamma,
        n_qubits=model.n_qubits,
        operating_point=list(model.operating_point),
        operating_point_check=continuity.to_dict(),
        figure_of_merit=figure,
        vqs=vqs_score,
        ghz=ghz_score,
        vqs_over_ghz=vqs_best.value / ghz.value if ghz.value > 0 else None,
        search={
            "generations": len(search.history) - 1,
            "evaluations": len(search.state.cache),
            "ga_best": search.best_fitness,
            "refined": [
                {"initial": r.initial.value, "refined": r.best.value, "n_genes": len(r.circuit.genes),
                 "pruned_genes": r.pruned_genes, "start": "search" if i < n_search else "layered"}
                | ({"hcrb_initial": h_refined[i].initial.value, "hcrb_refined": h_refined[i].best.value}
                   if holevo else {})
                for i, r in enumerate(refined)
            ],
        },
        seed=config.seed,
        wall_time_s=elapsed(),
        versions=versions(),
        engine=engine,
    )
    paths.write_outputs(result, vqs_circuit)
    return result


def local_probe_score(circuit: Circuit, best, model, n_genes: int | None = None) -> ProbeScore:
    """result.json's entry of a probe scored with its local readout (``best``: the BestTime of a
    local-CFI figure): the figure, the readout, its continuity check and the QFI at the same t*."""
    quantum = qfi_of_circuits([circuit], model, [best.t_star], max_genes=max(1, len(circuit.genes)))
    return ProbeScore.of_local(best, (quantum.qfim[0, 0].tolist(), float(quantum.qcrb[0, 0])), model.task,
                               circuit.readout, readout_check(circuit, model, best.t_star), n_genes)
