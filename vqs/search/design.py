"""The design of a probe in memory: genetic search, refinement, GHZ baseline, never touching the disk.

:func:`design` is the notebook entry point (``vqs.design``); :func:`prepare` checks a
:class:`~vqs.search.schema.RunConfig` and builds everything a run needs, :func:`execute` runs it
and returns a :class:`DesignResult`. Writing is a separate step: :meth:`DesignResult.save`, or
:func:`vqs.search.pipeline.run`, the ``vqs run`` command, which passes :func:`execute` a hook that
writes the checkpoint and history after every generation (so a killed run resumes).

With a local-CFI figure of merit (docs/measurement.md) the probe is designed with its local
readout: each refined structure starts from its best readout
(:func:`vqs.physics.readout.local_readout.best_local_over_time`), refinement moves gene angles, readout
and t together, GHZ is scored with its own best local readout (and competes for the VQS probe
when genomes start from GHZ), and the result records the readout and its continuity check.

With an HCRB figure of merit (``hcrb_per_shot``, ``hcrb_per_time``; multi task) the search screens
and :func:`~vqs.search.refine.refine_circuit` refines with the QCRB figure of the same time
convention, then every refined structure is refined on the HCRB itself
(:func:`vqs.search.refine_hcrb.refine_hcrb_two_starts`: from its QCRB-refined angles and from zero
angles) and the best is reported, GHZ at its own best HCRB time. Every multi-task result gives
the HCRB, HCRB/QCRB and the weak-commutativity diagnostic of both probes at their t*. With
ancillas (``model.ancillas``) every circuit spans the sensors and the ancillas (the last wires);
GHZ too.
"""

from __future__ import annotations

import csv
import importlib.metadata
import io
import platform
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jax
import numpy as np
import optax

from ansatz import Circuit
from genetic import GAConfig, GAState, evolve
from genetic.evolve import KEEP_STRUCTURES
from vqs import __version__
from vqs.errors import VqsError
from vqs.io import atomic_write_text, check_output_dir
from vqs.names import Figure, Task
from vqs.physics.fom import best_times_of_circuits
from vqs.physics.hcrb_time import best_hcrb_time, hcrb_point
from vqs.physics.model.sensing_model import SensingModel
from vqs.physics.optimum.continuity import ContinuityReport, require_continuous
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits
from vqs.physics.readout.local_readout import best_local_over_time, readout_check
from vqs.search.fitness import make_fitness
from vqs.search.handover import local_step_start
from vqs.search.reference import reference_circuit, with_reference
from vqs.search.refine import RefineOptions, layered_starts, refine_circuit
from vqs.search.refine_hcrb import hcrb_probe_score, refine_hcrb_two_starts
from vqs.search.resume import write_checkpoint
from vqs.search.rundir import ProbeScore, RunDir, RunResult
from vqs.search.schema import GAConfigModel, ModelConfig, RefineConfig, RunConfig, TimeGridConfig, parse_config
from vqs.search.warm import load_warm_start, seeded
from vqs.search.workers import InProcess, fitness_pool

HISTORY_COLUMNS = ("generation", "best", "mean", "diversity", "n_evaluated", "best_length", "n_invalid")


def versions() -> dict[str, str]:
    """The versions result.json records (PennyLane's read from its metadata: importing it takes seconds)."""
    return {
        "vqs": __version__,
        "python": platform.python_version(),
        "jax": jax.__version__,
        "pennylane": importlib.metadata.version("pennylane"),
        "numpy": np.__version__,
        "optax": optax.__version__,
        "deap": importlib.metadata.version("deap"),  # the exact release (deap.__version__ says "1.4" for 1.4.4)
    }


def history_csv(rows) -> str:
    """history.csv's text: one row per generation (:data:`HISTORY_COLUMNS`)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=HISTORY_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue()


@dataclass(frozen=True)
class DesignResult:
    """A designed probe, in memory.

    Attributes:
        config: the validated run configuration it was designed under.
        result: the figures (VQS against GHZ, t*, QCRB, search summary): what result.json holds.
        circuit: the designed probe circuit (with its readout for a local-CFI figure).
        state: the genetic search's final state (history, generator state, fitness cache).
    """

    config: RunConfig
    result: RunResult
    circuit: Circuit
    state: GAState

    @property
    def history(self) -> list[dict]:
        """One row per generation: best, mean, diversity, evaluations, best length, invalid."""
        return list(self.state.history)

    @property
    def vqs_over_ghz(self) -> float | None:
        """The designed probe's figure of merit over GHZ's (None where GHZ scores 0)."""
        return self.result.vqs_over_ghz

    def save(self, out: str | Path) -> RunDir:
        """Write the run directory ``vqs run`` writes (config.resolved.yaml, checkpoint.json,
        history.csv, circuit.json, circuit.qasm, result.json) into ``out``, which must not hold a
        run; ``vqs run CONFIG --out OUT --resume --set ga.generations=G`` extends it.

        Args:
            out: the folder (created if missing).

        Returns:
            The :class:`~vqs.search.rundir.RunDir` of ``out``.
        """
        paths = RunDir(check_output_dir(out, "the output folder"))
        if paths.config.exists():
            raise VqsError(f"{out} already holds a run: choose another folder")
        paths.root.mkdir(parents=True, exist_ok=True)
        atomic_write_text(paths.config, self.config.to_yaml())
        write_checkpoint(paths.checkpoint, self.state, self.result.wall_time_s)
        atomic_write_text(paths.history, history_csv(self.state.history))
        paths.write_outputs(self.result, self.circuit)
        return paths


@dataclass(frozen=True)
class Plan:
    """What :func:`prepare` checked and built from a config: nothing is written yet."""

    config: RunConfig
    model: SensingModel
    grid: np.ndarray
    continuity: ContinuityReport
    ga: GAConfig
    options: RefineOptions
    pool: InProcess
    fitness: Callable
    warm: Circuit | None = None  # the warm start's probe (config.warm_start), a seed genome and a refinement start
    reference: Circuit | None = None  # the reference probe (ga.seed_reference), a seed genome and a refinement start


def prepare(config: RunConfig) -> Plan:
    """Check everything a run of ``config`` needs and build it (the model and its operating point,
    :func:`vqs.physics.optimum.continuity.require_continuous`, the GA and refinement settings, the fitness)."""
    model = config.model.build()
    grid = config.time_grid.times(model)
    continuity = require_continuous(model, grid)
    ga = config.ga
    pool = fitness_pool(ga.workers)  # no worker process starts before the search
    figure = Figure(config.figure_of_merit)
    fitness = make_fitness(model, grid, figure.screening, ga.max_genes, ga.init, ga.local_steps,
                           ga.local_learning_rate, score_points=ga.score_points, local_best=ga.local_best, pool=pool,
                           engine=config.engine)
    warm = None if config.warm_start is None else load_warm_start(
        config.warm_start, model.n_wires, ga.init, ga.gates, ga.min_genes, ga.max_genes)
    reference = reference_circuit(model, ga.init, ga.gates) if ga.seed_reference else None
    return Plan(config, model, grid, continuity, seeded(with_reference(ga.build(), reference), warm),
                config.refine.options(), pool, fitness, warm, reference)


def execute(plan: Plan, state: GAState | None = None, on_generation: Callable[[GAState], None] | None = None,
            stage: Callable[[str, int, int], None] | None = None,
            elapsed: Callable[[], float] | None = None) -> DesignResult:
    """Run a prepared design: search (from ``state``, or generation 0), refinement, GHZ baseline.

    Args:
        plan: from :func:`prepare`.
        state: a GA state to continue (a resumed run's checkpoint).
        on_generation: ``on_generation(state)`` after every generation (``vqs run`` writes its
            checkpoint and history there).
        stage: ``stage(name, k, total)`` when a part starts: ``"search"``, ``"refine"``, ``"hcrb"`` (HCRB
            figures: the refinement on the HCRB, k of the refined structures), ``"baseline"``.
        elapsed: the run's wall time so far in seconds (default: since this call).

    Returns:
        The :class:`DesignResult`.
    """
    started = time.perf_counter()
    elapsed = elapsed or (lambda: time.perf_counter() - started)
    config, model, grid, engine = plan.config, plan.model, plan.grid, plan.config.engine
    figure = config.figure_of_merit
    holevo = Figure(figure).holevo
    screen = Figure(figure).screening  # HCRB figures: refined on the QCRB first, then on the HCRB
    if stage is not None:
        stage("search", 0 if state is None else state.generation, plan.ga.generations)
    with plan.pool:  # the worker processes (ga.workers > 1) end with the search
        search = evolve(plan.ga, plan.fitness, model.n_wires, config.seed, state=state, on_generation=on_generation,
                        keep_structures=max(KEEP_STRUCTURES, config.refine.top_k))

    refined = []
    # the search's best distinct structures, then any layered starts (docs/scale.md)
    starts = [Circuit(model.n_wires, tuple(ranked.genome), config.ga.init)
              for ranked in search.best_structures(config.refine.top_k)]
    if config.refine.from_local_steps:  # Lamarckian: the angles the search's local steps reached (handover.py)
        starts = [local_step_start(c, model, grid, screen, config.ga.max_genes, config.ga.local_steps,
                                   config.ga.local_learning_rate, config.ga.score_points)[0] for c in starts]
    n_search = len(starts)
    starts += layered_starts(model.n_wires, config.ga.init, config.refine.layered_starts,
                             config.refine.layered_depth, config.seed)
    extra = [(label, c) for label, c in (("reference", plan.reference), ("warm", plan.warm)) if c is not None]
    labels = ["search"] * n_search + ["layered"] * (len(starts) - n_search) + [label for label, _ in extra]
    starts += [c for _, c in extra]
    local = Figure(figure).local
    for k, circuit in enumerate(starts, 1):
        if stage is not None:
            stage("refine", k, len(starts))
        t_hint, max_genes = None, config.ga.gene_slots(circuit)  # layered starts may be longer
        if local:  # the genome's best readout (over readout and t), the start of the joint refinement
            circuit, start = best_local_over_time(circuit, model, grid, figure, max_genes=max_genes)
            t_hint = start.t_star
        refined.append(refine_circuit(circuit, model, grid, screen, plan.options, max_genes=max_genes,
                                      t_hint=t_hint, engine=engine))
    if not refined:
        raise VqsError("the search found no valid circuit (every fitness was -inf)")
    best = max(refined, key=lambda r: r.best.value)
    vqs_circuit, vqs_best = best.circuit, best.best
    h_refined = []
    if holevo:  # then every refined structure on the HCRB itself (docs/model.md, "HCRB vs QCRB")
        for k, r in enumerate(refined, 1):
            if stage is not None:
                stage("hcrb", k, len(refined))
            h_refined.append(refine_hcrb_two_starts(r.circuit, model, grid, figure, plan.options,
                                                    max_genes=config.ga.gene_slots(r.circuit)))
    if stage is not None:
        stage("baseline", 1, 1)
    if holevo:
        h_best = max(h_refined, key=lambda r: r.best.value)
        ghz_h = best_hcrb_time(ghz_circuit(model.n_wires), model, grid, figure)
        vqs_circuit, vqs_best, ghz = h_best.circuit, h_best.best, ghz_h
        if config.ga.init == "ghz" and ghz_h.value > vqs_best.value:  # the bare GHZ genome is in the search space
            vqs_circuit, vqs_best = ghz_circuit(model.n_wires), ghz_h
        vqs_score = hcrb_probe_score(vqs_circuit, vqs_best, model, len(vqs_circuit.genes))
        ghz_score = hcrb_probe_score(ghz_circuit(model.n_wires), ghz_h, model)
    elif local:  # GHZ with its best local readout, so that vqs_over_ghz compares like with like
        ghz_probe, ghz = best_local_over_time(ghz_circuit(model.n_wires), model, grid, figure)
        if config.ga.init == "ghz" and ghz.value > vqs_best.value:
            # the bare GHZ genome is in the search space (generation 0), but the search scored it with
            # four start readouts only: with its best readout it is a candidate like the refined ones
            vqs_circuit, vqs_best = ghz_probe, ghz
        vqs_score = local_probe_score(vqs_circuit, vqs_best, model, len(vqs_circuit.genes))
        ghz_score = local_probe_score(ghz_probe, ghz, model)
    else:
        ghz = best_times_of_circuits([ghz_circuit(model.n_wires)], model, grid, figure, engine=engine)[0]
        vqs_score = ProbeScore.of(vqs_best, model.task, n_genes=len(vqs_circuit.genes), local_field=model.local_field)
        ghz_score = ProbeScore.of(ghz, model.task, local_field=model.local_field)
    if model.task == Task.MULTI and not holevo:  # the attainable figure beside the QCRB, at each probe's t*
        vqs_score = vqs_score.with_holevo(hcrb_point(vqs_circuit, model, vqs_score.t_star))
        ghz_probe = ghz_probe if local else ghz_circuit(model.n_wires)
        ghz_score = ghz_score.with_holevo(hcrb_point(ghz_probe, model, ghz_score.t_star))

    result = RunResult(
        name=config.name,
        task=model.task,
        noise=model.noise,
        gamma=model.gamma,
        n_qubits=model.n_qubits,
        ancillas=model.ancillas,
        preparation_noise=None if model.preparation_noise is None else list(model.preparation_noise),
        operating_point=list(model.operating_point),
        operating_point_check=plan.continuity.to_dict(),
        figure_of_merit=figure,
        vqs=vqs_score,
        ghz=ghz_score,
        vqs_over_ghz=vqs_best.value / ghz.value if ghz.value > 0 else None,
        search={
            "generations": len(search.history) - 1,
            "evaluations": sum(int(row["n_evaluated"]) for row in search.history),
            "ga_best": search.best_fitness,
            "refined": [
                {"initial": r.initial.value, "refined": r.best.value, "n_genes": len(r.circuit.genes),
                 "pruned_genes": r.pruned_genes, "start": labels[i]}
                | ({"hcrb_initial": h_refined[i].initial.value, "hcrb_refined": h_refined[i].best.value}
                   if holevo else {})
                for i, r in enumerate(refined)
            ],
        },
        seed=config.seed,
        wall_time_s=elapsed(),
        versions=versions(),
        engine=engine,
        werner=None if model.links is None else model.links.to_dict(),
        **_node_fields(model),
    )
    return DesignResult(config, result, vqs_circuit.with_ancillas(model.ancillas), search.state)


def _node_fields(model) -> dict:
    """result.json's field, weights and nodes of a per-node model (nothing for the uniform one)."""
    out = {}
    if model.local_field:
        out.update(field=str(model.field), weights=list(model.function_weights))
    if model.nodes is not None:
        out["nodes"] = [{"noise": n, "gamma": g} for n, g in model.nodes]
    return out


def local_probe_score(circuit: Circuit, best, model, n_genes: int | None = None) -> ProbeScore:
    """result.json's entry of a probe scored with its local readout (``best``: the BestTime of a
    local-CFI figure): the figure, the readout, its continuity check and the QFI at the same t*."""
    quantum = qfi_of_circuits([circuit], model, [best.t_star], max_genes=max(1, len(circuit.genes)))
    return ProbeScore.of_local(best, (quantum.qfim[0, 0].tolist(), float(quantum.qcrb[0, 0])), model.task,
                               circuit.readout, readout_check(circuit, model, best.t_star), n_genes)


def _section(value, kind: type, what: str) -> Any:
    """A config section as plain data: a mapping, the section's model, or None (its defaults)."""
    if value is None:
        return {}
    if isinstance(value, kind):
        return value.model_dump(mode="json")
    if isinstance(value, Mapping):
        return dict(value)
    raise VqsError(f"{what} must be a mapping or a {kind.__name__}, got {type(value).__name__}")


def design(model: SensingModel | ModelConfig | Mapping[str, Any] | RunConfig,
           search: GAConfigModel | Mapping[str, Any] | None = None,
           refine: RefineConfig | Mapping[str, Any] | None = None, *,
           figure_of_merit: Figure | str = Figure.PER_SHOT, time_grid: TimeGridConfig | Mapping[str, Any] | None = None,
           engine: str = "jax", seed: int = 0, name: str = "design") -> DesignResult:
    """Design the best probe circuit for a sensing scenario, in memory (nothing is written).

    The same search as ``vqs run`` (genetic search scored by the exact QFI of the noisy probe,
    refinement of the best structures, GHZ under the same model): the same config gives the same
    numbers. Every argument is validated first (:class:`vqs.VqsError`, one line, on a bad one).

    Args:
        model: the scenario: a :class:`~vqs.SensingModel`, the ``model`` section of a run config
            (mapping or ``ModelConfig``), or a whole :class:`~vqs.RunConfig` (then no other argument).
        search: the ``ga`` section (keys of docs/config.md: ``population``, ``generations``, ...).
        refine: the ``refine`` section (``method``, ``top_k``, ``steps``, ...).
        figure_of_merit: ``"per_shot"``, ``"per_time"``, ``"local_cfi_per_shot"``, ``"local_cfi_per_time"``,
            or (multi task) ``"hcrb_per_shot"``, ``"hcrb_per_time"``.
        time_grid: the ``time_grid`` section (``points``, ``t_max``, ...).
        engine: ``"jax"`` (default) or ``"pennylane"``.
        seed: the search's seed.
        name: the run's name (result.json's ``name``).

    Returns:
        A :class:`DesignResult`: ``.circuit`` (the probe), ``.result`` (figures against GHZ),
        ``.history``; ``.save(folder)`` writes the run directory.

    Example:
        >>> import vqs
        >>> model = vqs.SensingModel(2, "single", "dephasing", gamma=0.2)
        >>> probe = vqs.design(model, search={"population": 6, "generations": 1, "max_genes": 3,
        ...                                   "initial_genes": [1, 3], "local_steps": 0},
        ...                    refine={"method": "none", "top_k": 1}, time_grid={"points": 8}, seed=1)
        >>> probe.result.vqs.best >= probe.result.ghz.best > 0
        True
    """
    if isinstance(model, RunConfig):
        if search is not None or refine is not None or time_grid is not None:
            raise VqsError("design(config): give the search, refinement and time grid inside the RunConfig")
        config = model
    else:
        if isinstance(model, SensingModel):
            sensing = model
            if sensing.links is not None:
                raise VqsError("design(SensingModel with links): give the model section with its network instead")
            model = {"n_qubits": sensing.n_qubits, "task": str(sensing.task), "noise": str(sensing.noise),
                     "gamma": sensing.gamma, "operating_point": [float(w) for w in sensing.operating_point],
                     "ancillas": sensing.ancillas}
            if sensing.weights is not None and sensing.task == Task.MULTI:
                model["weight_matrix"] = [list(row) for row in sensing.weights]
            if sensing.local_field:
                model.update(field=str(sensing.field), weights=list(sensing.function_weights))
            if sensing.nodes is not None:
                model["nodes"] = [{"noise": n, "gamma": g} for n, g in sensing.nodes]
        raw = {"name": name, "seed": seed, "model": _section(model, ModelConfig, "model"),
               "time_grid": _section(time_grid, TimeGridConfig, "time_grid"), "figure_of_merit": str(figure_of_merit),
               "engine": str(engine), "ga": _section(search, GAConfigModel, "search"),
               "refine": _section(refine, RefineConfig, "refine")}
        config = parse_config(raw, "design()")
    return execute(prepare(config))
