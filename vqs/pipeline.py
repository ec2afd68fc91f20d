"""``vqs run``: genetic search, refinement, GHZ baseline and outputs of one sensing scenario.

Run directory layout (every file written atomically):

* ``config.resolved.yaml`` -- the full validated config, written before any work;
* ``history.csv``          -- one row per generation (best, mean, diversity, ...);
* ``checkpoint.pkl``       -- the GA state after the last finished generation (for ``--resume``);
* ``result.json``          -- figures of merit of the optimal VQS probe and of GHZ (same model);
* ``circuit.json``         -- the optimal circuit (the circuit file format), ``circuit.qasm``.

A killed run resumed with ``--resume`` continues from its last checkpoint and ends with the
same result as an uninterrupted run with the same seed: the GA state holds the generator state
and the fitness cache, and everything after the GA is deterministic.
"""

from __future__ import annotations

import csv
import io
import pickle
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from ansatz import Circuit
from genetic import GAState, evolve
from vqs import __version__
from vqs.config import RunConfig, parse_config
from vqs.continuity import require_continuous
from vqs.errors import VqsError
from vqs.fitness import make_fitness
from vqs.fom import best_times_of_circuits
from vqs.io import atomic_write_bytes, atomic_write_json, atomic_write_text
from vqs.qfi import default_times, ghz_circuit
from vqs.refine import RefineOptions, refine_circuit

CONFIG_FILE = "config.resolved.yaml"
CHECKPOINT_FILE = "checkpoint.pkl"
HISTORY_FILE = "history.csv"
RESULT_FILE = "result.json"
CIRCUIT_FILE = "circuit.json"
QASM_FILE = "circuit.qasm"
HISTORY_COLUMNS = ("generation", "best", "mean", "diversity", "n_evaluated", "best_length", "n_invalid")


def time_grid(config: RunConfig, model) -> np.ndarray:
    g = config.time_grid
    return default_times(model, g.points, g.t_max, g.gamma_t_max, g.span)


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


@dataclass
class RunPaths:
    root: Path

    def __getattr__(self, name):  # config, checkpoint, history, result, circuit, qasm
        files = {"config": CONFIG_FILE, "checkpoint": CHECKPOINT_FILE, "history": HISTORY_FILE,
                 "result": RESULT_FILE, "circuit": CIRCUIT_FILE, "qasm": QASM_FILE}
        if name in files:
            return self.root / files[name]
        raise AttributeError(name)


def prepare_run_dir(config: RunConfig, out: Path, resume: bool) -> tuple[RunPaths, GAState | None]:
    """Check the run directory, write the resolved config, and load the checkpoint to resume."""
    paths = RunPaths(Path(out))
    existing = paths.config.exists()
    if existing and not resume:
        raise VqsError(f"{out} already holds a run: pass --resume to continue it, or choose another --out")
    if resume and not existing:
        raise VqsError(f"nothing to resume in {out}: no {CONFIG_FILE}")
    state = None
    if resume:
        try:
            previous = parse_config(yaml.safe_load(paths.config.read_text()))
        except (OSError, yaml.YAMLError) as err:
            raise VqsError(f"cannot read {paths.config}: {err}") from None
        if previous != config:
            raise VqsError(f"the config differs from the run being resumed in {out} (see {CONFIG_FILE})")
        if paths.checkpoint.exists():
            try:
                state = pickle.loads(paths.checkpoint.read_bytes())
            except Exception as err:  # a checkpoint is written atomically; this is a foreign file
                raise VqsError(f"cannot read checkpoint {paths.checkpoint}: {err}") from None
    else:
        paths.root.mkdir(parents=True, exist_ok=True)
        atomic_write_text(paths.config, config.to_yaml())
    return paths, state


def _history_csv(rows) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=HISTORY_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buf.getvalue()


def run(config: RunConfig, out: str | Path, resume: bool = False, progress: Callable | None = None) -> dict:
    """Run the whole pipeline into ``out``; returns the result dictionary (also result.json).

    The operating point is checked (:func:`vqs.continuity.require_continuous`) before the run
    directory is created: at a point where the QFI is discontinuous nothing is written.
    """
    model = config.model.build()
    grid = time_grid(config, model)
    continuity = require_continuous(model, grid)
    paths, state = prepare_run_dir(config, Path(out), resume)
    if resume and paths.result.exists():
        import json

        return json.loads(paths.result.read_text())
    started = time.perf_counter()
    ga_config = config.ga.build()
    figure = config.figure_of_merit
    fitness = make_fitness(model, grid, figure, config.ga.max_genes, config.ga.init,
                           config.ga.local_steps, config.ga.local_learning_rate)

    def on_generation(s: GAState) -> None:
        atomic_write_bytes(paths.checkpoint, pickle.dumps(s))
        atomic_write_text(paths.history, _history_csv(s.history))
        if progress is not None:
            progress(s.generation, ga_config.generations, s.history[-1]["best"])

    result = evolve(ga_config, fitness, model.n_qubits, config.seed, state=state, on_generation=on_generation)

    options = RefineOptions(
        method=config.refine.method, optimizer=config.refine.optimizer, steps=config.refine.steps,
        learning_rate=config.refine.learning_rate, refine_time=config.refine.refine_time,
        prune=config.refine.prune, maxiter=config.refine.maxiter,
    )
    refined = []
    for ranked in result.best_structures(config.refine.top_k):
        circuit = Circuit(model.n_qubits, tuple(ranked.genome), config.ga.init)
        refined.append(refine_circuit(circuit, model, grid, figure, options, max_genes=config.ga.max_genes))
    if not refined:
        raise VqsError("the search found no valid circuit (every fitness was -inf)")
    best = max(refined, key=lambda r: r.best.value)
    ghz = best_times_of_circuits([ghz_circuit(model.n_qubits)], model, grid, figure)[0]

    out_dict = {
        "name": config.name,
        "task": model.task,
        "noise": model.noise,
        "gamma": model.gamma,
        "n_qubits": model.n_qubits,
        "operating_point": list(model.operating_point),
        "operating_point_check": continuity.to_dict(),
        "figure_of_merit": figure,
        "vqs": {**best.best.to_dict(model.task), "n_genes": len(best.circuit.genes)},
        "ghz": ghz.to_dict(model.task),
        "vqs_over_ghz": best.best.value / ghz.value if ghz.value > 0 else None,
        "search": {
            "generations": len(result.history) - 1,
            "evaluations": len(result.state.cache),
            "ga_best": result.best_fitness,
            "refined": [
                {"initial": r.initial.value, "refined": r.best.value, "n_genes": len(r.circuit.genes),
                 "pruned_genes": r.pruned_genes}
                for r in refined
            ],
        },
        "seed": config.seed,
        "wall_time_s": time.perf_counter() - started,
        "versions": versions(),
    }
    atomic_write_text(paths.circuit, best.circuit.to_json() + "\n")
    _write_qasm(paths.qasm, best.circuit, out_dict)
    atomic_write_json(paths.result, out_dict)
    return out_dict


def _write_qasm(path: Path, circuit: Circuit, result: dict) -> None:
    from vqs.export import to_qasm

    atomic_write_text(path, to_qasm(circuit, result))
