"""The reference of a run directory's result.json and history.csv, generated from their types.

``docs/outputs.md`` is ``vqs config outputs`` (a test checks that the committed file equals the
generated text). Every field of :class:`~vqs.search.rundir.RunResult` and
:class:`~vqs.search.rundir.ProbeScore` and every column of
:data:`~vqs.search.pipeline.HISTORY_COLUMNS` must have a meaning here: a field added without one
fails the test, so the reference cannot drift from the files.

Units: times are in the unit of 1/gamma's time (the unit the config's gamma and times share);
the operating point is an angular frequency in the inverse of that unit. The QFI of a field
omega has the units of t^2, so a per-shot figure is in time^2 and a per-time figure in time.
"""

from __future__ import annotations

import dataclasses
import typing

from vqs.search.pipeline import HISTORY_COLUMNS
from vqs.search.rundir import ProbeScore, RunResult

RESULT_FIELDS = {
    "name": "the run's name (`name` of the config)",
    "task": "single (scalar field omega) or multi (vector field Bx, By, Bz)",
    "noise": "the single-qubit noise during sensing",
    "gamma": "the noise rate, per unit time",
    "n_qubits": "number of sensor qubits N (the probe's first N wires)",
    "ancillas": "noiseless ancilla qubits that do not sense, the circuit's last wires (0: none; docs/model.md, "
    "'Ancillas')",
    "werner": "only with a network (model.network): `protocol` (distributed or remote) and the delivered Werner "
    "parameter w = (4F-1)/3 of each node's link per leg, `out` (base station to node, before sensing) and `back` "
    "(node to base station, after sensing; null for the remote protocol), one value per sensor qubit in wire order "
    "(dimensionless, in [-1/3, 1]; docs/network.md, 'Designing for the network')",
    "preparation_noise": "[p1, p2]: depolarizing rates after the probe's one- and two-qubit gates (GHZ's "
    "preparation included; the VQS and GHZ figures are of the noisily prepared probes); absent: a noiseless "
    "preparation (docs/model.md, 'Preparation noise')",
    "operating_point": "the field value theta0 the QFI is taken at: [omega0] or [Bx, By, Bz], angular frequency "
    "(per unit time)",
    "figure_of_merit": "per_shot, per_time, local_cfi_per_shot, local_cfi_per_time, hcrb_per_shot or "
    "hcrb_per_time: what `best` of `vqs` and `ghz` is",
    "vqs": "the designed probe's scores (the keys below)",
    "ghz": "the GHZ probe's scores at its own best time (the keys below)",
    "vqs_over_ghz": "`vqs.best / ghz.best` (dimensionless; null when GHZ scores 0)",
    "operating_point_check": "the continuity check of the QFI at the operating point "
    "(`vqs.physics.optimum.continuity.ContinuityReport`; docs/model.md)",
    "search": "the search's record: `generations` done, `evaluations` (distinct genomes scored), `ga_best` (the "
    "GA's best fitness before refinement), `refined` (per refined structure: initial and refined figure, genes, "
    "pruned genes, start `search`, `layered`, `reference` (ga.seed_reference: the reference probe) or `warm` (the warm "
    "start's probe))",
    "seed": "the seed of the search",
    "wall_time_s": "wall-clock seconds of the run, every part of every session (s; a resumed run adds them up)",
    "versions": "exact versions of vqs, Python, jax, pennylane, numpy, optax and deap (importlib.metadata)",
    "engine": "what computed every QFI: jax or pennylane",
    "field": "common (one field omega on every sensor) or local (node i senses its own theta_i; the figure is that "
    "of q = w.theta, docs/model.md 'Local parameters'); written only for the local field (absent: common)",
    "weights": "local field: the weights w of the estimated q = w.theta (one per sensor, dimensionless)",
    "nodes": "per-node channels [{noise, gamma}, ...], one per sensor (gamma per unit time); written only when "
    "model.nodes is set (absent: every node as `noise`, `gamma`)",
}

PROBE_FIELDS = {
    "best": "the figure of merit at `t_star`: per_shot max_t F(t) (time^2), per_time max_t F(t)/t (time); "
    "F is the QFI (single task), 1/QCRB (multi task), 1/HCRB (hcrb figures) or, for the local_cfi figures, the "
    "local readout's CFI. "
    "Equal to `qfi` for per_shot single-task runs (a QFI figure at the same time), different otherwise",
    "t_star": "the optimal sensing time (unit of 1/gamma's time)",
    "qcrb": "Tr(W F^-1) of the QFI matrix at `t_star` (1/time^2): the quantum Cramer-Rao bound per shot",
    "t_star_at_grid_edge": "true when `t_star` is an end of the time grid (a supremum over the grid, not an "
    "interior optimum)",
    "qfi": "single task, common field: the QFI at `t_star` (time^2), whatever the figure of merit (local field: "
    "`function_qfi`)",
    "qfim": "multi task: the 3x3 QFI matrix at `t_star` (time^2); local field: the NxN QFI matrix over theta_1..N",
    "n_genes": "`vqs` only: gates of the designed circuit (circuit.json)",
    "cfi": "local_cfi figures, single task: the readout's classical Fisher information at `t_star` (time^2)",
    "cfim": "local_cfi figures, multi task: the readout's 3x3 classical Fisher matrix at `t_star` (time^2)",
    "ccrb": "local_cfi figures: Tr(W C^-1) of the readout at `t_star` (1/time^2)",
    "readout": "local_cfi figures: per node {node, theta, phi}, the Bloch direction measured (radians)",
    "hcrb": "multi task: the Holevo Cramer-Rao bound at `t_star` (1/time^2), the attainable figure "
    "(docs/model.md, 'HCRB vs QCRB')",
    "hcrb_over_qcrb": "multi task: `hcrb / qcrb` at `t_star`, between 1 and 2 (1 where the SLDs commute weakly)",
    "commutativity": "multi task: max_ij |Tr(rho [L_i, L_j])| / ||F|| at `t_star` (0: the SLD bound is attainable)",
    "hcrb_duality_gap": "multi task: the HCRB's relative duality gap (upper - lower) / upper "
    "(vqs.physics.kernel.holevo)",
    "function_qfi": "local field: the QFI of q = w.theta at `t_star`, 1/(w^T F^+ w) (time^2), 0 where w is not "
    "in the range of F (not identifiable); `qcrb` is then w^T F^+ w and `qfim` the NxN QFI matrix over the "
    "local parameters",
    "identifiable": "local field: true when w lies in the range of the QFI matrix at `t_star` (relative residual "
    "of its projection <= 1e-6; docs/model.md 'Local parameters'), false: q cannot be estimated from this probe",
    "readout_check": "local_cfi figures: the continuity check of the CFI at the readout "
    "(`vqs.physics.readout.local_readout.readout_check`)",
}

HISTORY_FIELDS = {
    "generation": "the generation, 0 (the initial population) to `ga.generations`",
    "best": "the best fitness of the generation: the figure of merit on the search's grid after the local steps "
    "(not refined; the units of `best` in result.json)",
    "mean": "mean of the generation's finite fitness values (nan when none is finite)",
    "diversity": "distinct circuit structures (genes with angles ignored) over the population size, in (0, 1]",
    "n_evaluated": "genomes passed to the batch fitness in this generation",
    "best_length": "genes of the generation's best circuit",
    "n_invalid": "individuals of the generation whose fitness is not finite",
}


def _type(ann) -> str:
    text = str(ann) if not isinstance(ann, type) else ann.__name__
    return text.replace("typing.", "").replace(" | None", " or null")


def _table(cls, meanings: dict) -> list[str]:
    hints = typing.get_type_hints(cls)
    missing = [f.name for f in dataclasses.fields(cls) if f.name not in meanings]
    if missing:
        raise KeyError(f"{cls.__name__}: no meaning for {missing}")
    rows = ["| key | type | meaning |", "|---|---|---|"]
    rows += [f"| `{f.name}` | {_type(hints[f.name])} | {meanings[f.name]} |" for f in dataclasses.fields(cls)]
    return rows


def outputs_markdown() -> str:
    """The text of docs/outputs.md."""
    missing = [c for c in HISTORY_COLUMNS if c not in HISTORY_FIELDS]
    if missing:
        raise KeyError(f"history.csv: no meaning for {missing}")
    lines = [
        "# Outputs of a run",
        "",
        "Generated from the types by `vqs config outputs > docs/outputs.md` (a test checks that this file equals "
        "the generated text). A run directory holds result.json, history.csv, circuit.json, circuit.qasm, "
        "circuit.png, config.resolved.yaml and, while it runs, checkpoint.json (`vqs.search.rundir.RunDir`).",
        "",
        "Units: times are in the time unit of the config (gamma is per that unit); the operating point is an "
        "angular frequency. The QFI of a field has the units of time^2: a per-shot figure is in time^2, a "
        "per-time figure in time, a QCRB in 1/time^2. JSON is strict: a non-finite number is `null` with a "
        "`<key>_nonfinite` flag beside it (`vqs/io.py`).",
        "",
        "## result.json",
        "",
        *_table(RunResult, RESULT_FIELDS),
        "",
        "### `vqs` and `ghz`",
        "",
        "Keys that do not apply (a multi-task key in a single-task run, the readout keys of a QFI figure) are "
        "left out.",
        "",
        *_table(ProbeScore, PROBE_FIELDS),
        "",
        "## history.csv",
        "",
        "One row per generation of the genetic search, generation 0 included.",
        "",
        "| column | meaning |",
        "|---|---|",
        *[f"| `{c}` | {HISTORY_FIELDS[c]} |" for c in HISTORY_COLUMNS],
    ]
    return "\n".join(lines) + "\n"
