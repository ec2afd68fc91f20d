"""A ``vqs run`` directory: its file names, and ``result.json`` as a typed value.

Layout (every file written atomically, :mod:`vqs.io`):

* ``config.resolved.yaml`` -- the full validated config, written before any work;
* ``history.csv``          -- one row per generation (best, mean, diversity, ...);
* ``checkpoint.json``      -- the GA state after the last finished generation (for ``--resume``;
  data only, :mod:`genetic.checkpoint`);
* ``result.json``          -- figures of merit of the optimal VQS probe and of GHZ (same model),
  :class:`RunResult`;
* ``circuit.json``         -- the optimal circuit (the circuit file format), ``circuit.qasm``;
* ``optimum.json``         -- in a table cell only: the optimum and bound columns (:mod:`vqs.report`);
* ``measurement.json``, ``measurement.qasm`` -- written by ``vqs measure``: the CFI of the optimal
  global, best local, all-X and parity readouts, and the circuit with the best local readout.

:class:`RunDir` is the one owner of these names; :class:`RunResult` the one reader and writer of
result.json (its JSON keys are the file format and do not change).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from shlex import quote
from typing import Any

from ansatz import Circuit, qasm
from ansatz.io import load_circuit
from vqs import __version__
from vqs.errors import VqsError
from vqs.io import atomic_write_json, atomic_write_text, read_json
from vqs.search.schema import load_config

_LOCAL_KEYS = ("cfi", "cfim", "ccrb", "readout", "readout_check")
_HOLEVO_KEYS = ("hcrb", "hcrb_over_qcrb", "commutativity", "hcrb_duality_gap")
HCRB_GAP_TOL = 1e-6
"""An HCRB whose relative duality gap exceeds this is not certified (ProbeScore.hcrb_attainable)."""
_FUNCTION_KEYS = ("function_qfi", "identifiable")


@dataclass(frozen=True)
class ProbeScore:
    """One probe's entry of result.json (``vqs`` or ``ghz``): its best figure of merit over time.

    ``qfi``/``qfim``/``qcrb`` are always the QFI (the best joint measurement) at ``t_star``. With a
    local-CFI figure of merit ``best`` is that figure, and the local readout is described by
    ``cfi`` (single task) or ``cfim`` (multi), ``ccrb`` = Tr(W C^-1), ``readout`` (per node:
    ``{"node", "theta", "phi"}``) and ``readout_check`` (:func:`vqs.physics.readout.local_readout.readout_check`).
    """

    best: float
    t_star: float
    qcrb: float
    t_star_at_grid_edge: bool = False
    qfi: float | None = None  # single task
    qfim: list | None = None  # multi task
    n_genes: int | None = None  # the VQS probe only
    cfi: float | None = None  # local-CFI figures: single task
    cfim: list | None = None  # local-CFI figures: multi task
    ccrb: float | None = None  # local-CFI figures: Tr(W C^-1) of the readout at t_star
    readout: list | None = None  # local-CFI figures: [{"node", "theta", "phi"}, ...]
    readout_check: dict | None = None  # local-CFI figures: is the CFI continuous there
    hcrb: float | None = None  # multi task: the Holevo bound at t_star (the attainable figure)
    hcrb_over_qcrb: float | None = None  # multi task: HCRB / QCRB at t_star (1 to 2)
    commutativity: float | None = None  # multi task: max_ij |Tr(rho [L_i, L_j])| / ||F|| at t_star
    hcrb_duality_gap: float | None = None  # multi task: the HCRB's relative duality gap
    function_qfi: float | None = None  # local field: 1/(w^T F^+ w) at t_star (0: not identifiable)
    identifiable: bool | None = None  # local field: w in the range of F at t_star

    @classmethod
    def of(cls, best, task: str, n_genes: int | None = None, local_field: bool = False) -> ProbeScore:
        """From a :class:`vqs.physics.fom.BestTime` of a QFI figure (``local_field``: its ``qcrb`` is
        w^T F^+ w, its ``qfim`` the N x N matrix over the local parameters)."""
        if local_field:
            ok = bool(math.isfinite(best.qcrb))
            return cls(best.value, best.t_star, best.qcrb, best.at_edge, None, best.qfim.tolist(), n_genes,
                       function_qfi=1.0 / best.qcrb if ok else 0.0, identifiable=ok)
        single = task == "single"
        return cls(best.value, best.t_star, best.qcrb, best.at_edge, best.qfi if single else None,
                   None if single else best.qfim.tolist(), n_genes)

    @classmethod
    def of_local(cls, best, quantum, task: str, readout, check: dict, n_genes: int | None = None) -> ProbeScore:
        """From the :class:`~vqs.physics.fom.BestTime` of a local-CFI figure (its ``qfim``/``qcrb``: the
        CFI matrix and Tr(W C^-1)), ``quantum`` = (QFI matrix, QCRB) at the same t*, the readout
        ((theta, phi) per node) and its :func:`~vqs.physics.readout.local_readout.readout_check`."""
        single = task == "single"
        qfim, qcrb = quantum
        return cls(best.value, best.t_star, float(qcrb), best.at_edge, float(qfim[0][0]) if single else None,
                   None if single else [list(map(float, r)) for r in qfim], n_genes,
                   float(best.qfim[0, 0]) if single else None, None if single else best.qfim.tolist(),
                   float(best.qcrb),
                   [{"node": q, "theta": float(t), "phi": float(p)} for q, (t, p) in enumerate(readout)], dict(check))

    @property
    def hcrb_attainable(self) -> float | None:
        """The HCRB to report: ``hcrb`` is the mean of the bracket [lower, upper] with ``hcrb_duality_gap`` =
        (upper - lower) / upper; where the bracket is open (gap > :data:`HCRB_GAP_TOL`) its upper end, the
        Holevo function of a feasible X and so an attainable precision, never the mean."""
        gap = self.hcrb_duality_gap or 0.0
        if self.hcrb is None or gap <= HCRB_GAP_TOL:
            return self.hcrb
        return self.hcrb / (1.0 - 0.5 * gap)

    def with_holevo(self, point) -> ProbeScore:
        """This score with the HCRB entries of a :class:`vqs.physics.hcrb_time.HCRBPoint` (at t_star)."""
        return replace(self, hcrb=point.hcrb, hcrb_over_qcrb=point.ratio, commutativity=point.commutativity,
                       hcrb_duality_gap=point.gap)

    def to_dict(self) -> dict:
        out = {"best": self.best, "t_star": self.t_star, "qcrb": self.qcrb,
               "t_star_at_grid_edge": self.t_star_at_grid_edge}
        for key in ("qfi", "qfim", "n_genes") + _LOCAL_KEYS + _HOLEVO_KEYS + _FUNCTION_KEYS:
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out

    @classmethod
    def from_dict(cls, d: Mapping) -> ProbeScore:
        return cls(float(d["best"]), float(d["t_star"]), float(d["qcrb"]), bool(d.get("t_star_at_grid_edge", False)),
                   d.get("qfi"), d.get("qfim"), d.get("n_genes"), *(d.get(k) for k in _LOCAL_KEYS),
                   *(d.get(k) for k in _HOLEVO_KEYS), *(d.get(k) for k in _FUNCTION_KEYS))

    def readout_angles(self) -> list[tuple[float, float]] | None:
        """The readout as (theta, phi) per node (None for a QFI figure)."""
        return None if self.readout is None else [(float(r["theta"]), float(r["phi"])) for r in self.readout]


@dataclass(frozen=True)
class RunResult:
    """The content of result.json (:meth:`to_dict` gives its JSON keys).

    Example:
        >>> result = RunDir("runs/quickstart").read_result()  # doctest: +SKIP
        >>> result.vqs.best, result.vqs.t_star, result.ghz.best  # doctest: +SKIP
    """

    name: str
    task: str
    noise: str
    gamma: float
    n_qubits: int
    operating_point: list[float]
    figure_of_merit: str
    vqs: ProbeScore
    ghz: ProbeScore
    vqs_over_ghz: float | None
    operating_point_check: dict | None = None
    search: dict = field(default_factory=dict)
    seed: int | None = None
    wall_time_s: float | None = None
    versions: dict = field(default_factory=dict)
    engine: str = "jax"  # what computed every QFI: jax or pennylane (files from before it: jax)
    ancillas: int = 0  # noiseless ancilla qubits, the circuit's last wires (files from before them: 0)
    werner: dict | None = None  # the network's links (protocol, Werner parameter per node and leg); None: no network
    field: str = "common"  # common or local (files from before it: common)
    weights: list[float] | None = None  # local field: w of q = w.theta
    nodes: list[dict] | None = None  # per-node channels [{noise, gamma}, ...] (None: every node as noise, gamma)
    preparation_noise: list[float] | None = None  # [p1, p2] of the probe's preparation; written only when set

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"name": self.name, "task": self.task, "noise": self.noise, "gamma": self.gamma,
                               "n_qubits": self.n_qubits, "ancillas": self.ancillas,
                               "operating_point": list(self.operating_point)}
        if self.field != "common":  # written only off the default, so default runs keep their files
            out["field"] = self.field
            out["weights"] = self.weights
        if self.nodes is not None:
            out["nodes"] = self.nodes
        if self.preparation_noise is not None:
            out["preparation_noise"] = list(self.preparation_noise)
        if self.operating_point_check is not None:
            out["operating_point_check"] = self.operating_point_check
        out.update({"figure_of_merit": self.figure_of_merit, "engine": self.engine, "vqs": self.vqs.to_dict(),
                    "ghz": self.ghz.to_dict(),
                    "vqs_over_ghz": self.vqs_over_ghz, "search": self.search, "seed": self.seed,
                    "wall_time_s": self.wall_time_s, "versions": self.versions})
        if self.werner is not None:
            out["werner"] = self.werner
        return out

    @classmethod
    def from_dict(cls, d: Mapping) -> RunResult:
        try:
            return cls(
                str(d["name"]), str(d["task"]), str(d["noise"]), float(d["gamma"]), int(d["n_qubits"]),
                [float(x) for x in d["operating_point"]], str(d["figure_of_merit"]),
                ProbeScore.from_dict(d["vqs"]), ProbeScore.from_dict(d["ghz"]), d.get("vqs_over_ghz"),
                d.get("operating_point_check"), dict(d.get("search") or {}), d.get("seed"), d.get("wall_time_s"),
                dict(d.get("versions") or {}), str(d.get("engine", "jax")), int(d.get("ancillas", 0)),
                d.get("werner"),
                str(d.get("field", "common")), d.get("weights"), d.get("nodes"),
                None if d.get("preparation_noise") is None else [float(x) for x in d["preparation_noise"]],
            )
        except (KeyError, TypeError, ValueError) as err:
            raise VqsError(f"result.json lacks or mistypes {err}") from None

    @property
    def key(self) -> tuple[str, str, float, int]:
        """(task, noise, gamma, N): the table cell this run is."""
        return (self.task, self.noise, float(self.gamma), int(self.n_qubits))

    def label(self) -> str:
        anc = f" + {self.ancillas} ancillas" if self.ancillas else ""
        return f"{self.task} {self.noise} γ={self.gamma:g} N={self.n_qubits}{anc}"


@dataclass(frozen=True)
class RunDir:
    """The files of one run directory: ``RunDir(root).result`` is its result.json path, and so on.

    Example:
        >>> RunDir("runs/quickstart").circuit
        PosixPath('runs/quickstart/circuit.json')
    """

    root: Path

    CONFIG = "config.resolved.yaml"
    CHECKPOINT = "checkpoint.json"
    HISTORY = "history.csv"
    RESULT = "result.json"
    CIRCUIT = "circuit.json"
    QASM = "circuit.qasm"
    OPTIMUM = "optimum.json"
    MEASUREMENT = "measurement.json"
    MEASUREMENT_QASM = "measurement.qasm"

    def __post_init__(self):
        object.__setattr__(self, "root", Path(self.root))

    config = property(lambda self: self.root / self.CONFIG)
    checkpoint = property(lambda self: self.root / self.CHECKPOINT)
    history = property(lambda self: self.root / self.HISTORY)
    result = property(lambda self: self.root / self.RESULT)
    circuit = property(lambda self: self.root / self.CIRCUIT)
    qasm = property(lambda self: self.root / self.QASM)
    optimum = property(lambda self: self.root / self.OPTIMUM)
    measurement = property(lambda self: self.root / self.MEASUREMENT)
    measurement_qasm = property(lambda self: self.root / self.MEASUREMENT_QASM)

    def read_config(self):
        """The resolved :class:`vqs.search.schema.RunConfig` of the run."""
        return load_config(self.config)

    def read_result(self) -> RunResult:
        return RunResult.from_dict(read_json(self.result))

    def read_circuit(self) -> Circuit:
        return load_circuit(self.circuit)

    def read_optimum(self) -> dict | None:
        """optimum.json of a table cell (None when absent)."""
        return read_json(self.optimum) if self.optimum.exists() else None

    def not_finished(self) -> str:
        """Why this folder holds no finished run (one line): an unfinished run, interrupted or still
        running, with the command that finishes it, or no run at all."""
        if self.config.is_file():
            return (f"the run in {self.root} is unfinished (interrupted, or still running): no {self.RESULT} and "
                    f"{self.CIRCUIT} yet; finish it with: vqs run {quote(str(self.config))} "
                    f"--out {quote(str(self.root))} --resume")
        return f"{self.root} has no {self.CIRCUIT}, {self.RESULT} or {self.CONFIG}: not a vqs run directory"

    def has_result(self) -> bool:
        return self.result.exists() and self.circuit.exists()

    def require_finished(self) -> RunDir:
        """This run directory, checked to hold a finished run (VqsError, one line, otherwise): the
        check of the commands that read a whole run (``vqs measure``, ``vqs estimate``)."""
        if not self.root.is_dir():
            raise VqsError(f"{self.root} is not a directory")
        if not self.has_result():
            raise VqsError(self.not_finished())
        return self

    def write_outputs(self, result: RunResult, circuit: Circuit) -> None:
        """circuit.json, circuit.qasm (header from the result; the circuit's readout, if any, appended
        as measurement rotations), then result.json (the run's end mark)."""
        atomic_write_text(self.circuit, circuit.to_json() + "\n")
        atomic_write_text(self.qasm, circuit_qasm(circuit, result.to_dict()))
        atomic_write_json(self.result, result.to_dict())


# --- one-line summaries of a result (headers of exported circuits) ---------------------------
def _num(x: Any) -> str:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    return f"{x:.8g}" if math.isfinite(x) else str(x)


def model_line(result: Mapping | None, circuit: Circuit) -> str:
    """One line: qubits, task, noise, gamma, figure of merit (what is present in ``result``)."""
    n_genes = len(circuit.genes)
    wires = f"N={circuit.n_qubits}" if not circuit.ancillas else \
        f"N={circuit.n_qubits - circuit.ancillas} + {circuit.ancillas} ancillas"
    parts = [wires, f"init={circuit.init}", f"{n_genes} gene{'' if n_genes == 1 else 's'}"]
    if result:
        if "task" in result:
            parts.append(f"{result['task']} task")
        if "noise" in result:
            parts.append(f"{result['noise']} noise")
        if "gamma" in result:
            parts.append(f"gamma={_num(result['gamma'])}")
        if result.get("preparation_noise"):  # the rates the probe was designed and scored under
            p1, p2 = result["preparation_noise"]
            parts.append(f"preparation noise p1={_num(p1)} p2={_num(p2)} (depolarizing after each gate)")
        if "figure_of_merit" in result:
            parts.append(f"figure of merit {result['figure_of_merit']}")
    return ", ".join(parts)


def summary_lines(result: Mapping | None, circuit: Circuit) -> list[str]:
    """The model line, then one line per scored probe (``vqs``, ``ghz``) of a result.json mapping
    (any subset of its keys: exported circuit files need not come from a run)."""
    lines = [model_line(result, circuit)]
    net = (result or {}).get("werner")
    if isinstance(net, dict) and net.get("out") is not None:
        back = "" if net.get("back") is None else f", back {[round(float(w), 6) for w in net['back']]}"
        lines.append(f"network ({net.get('protocol')}): teleported over Werner links, out "
                     f"{[round(float(w), 6) for w in net['out']]}{back} (one per sensor qubit)")
    for key in ("vqs", "ghz"):
        scores = (result or {}).get(key)
        if isinstance(scores, dict) and scores:
            items = ", ".join(f"{k}={_num(v)}" for k, v in scores.items() if not isinstance(v, (list, dict)))
            if items:
                lines.append(f"{key}: {items}")
    return lines


def circuit_qasm(circuit: Circuit, result: Mapping | None = None, version: int = 2,
                 measure=None, notes=()) -> str:
    """OpenQASM ``version`` (2 or 3, :func:`ansatz.qasm.to_qasm`) with a ``//`` header: the vqs
    version, :func:`summary_lines` and ``notes``; ``measure``: per-qubit readout angles (theta, phi),
    by default the circuit's own readout (:attr:`ansatz.Circuit.readout`; none for a QFI-designed probe)."""
    if measure is None and circuit.readout is not None:
        measure = circuit.readout
        notes = ["readout: the local measurement designed with the probe; the field and the noise act for t* after "
                 "the probe gates, then per qubit rz(-phi), ry(-theta), measure (outcome 0 = along +n); vqs reads "
                 "the probe and its readout back from this file", *notes]
    if circuit.ancillas:
        first = circuit.n_qubits - circuit.ancillas
        notes = [f"ancillas: q[{first}]..q[{circuit.n_qubits - 1}] are noiseless qubits that do not sense (the "
                 f"sensors are q[0]..q[{first - 1}])", *notes]
    header = [f"probe circuit exported by vqs {__version__}"] + summary_lines(result, circuit) + list(notes)
    return qasm.to_qasm(circuit, version, header, measure)
