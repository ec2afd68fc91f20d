"""A :class:`GAState` as plain data (for a JSON checkpoint), and validated back.

:func:`state_to_dict` gives only dicts, lists, strings, integers and floats (fitness values may be
-inf; the writer must store non-finite numbers, e.g. vqs's strict JSON). :func:`state_from_dict`
accepts nothing else: every field is type-checked, every gene validated for the state's qubit
count, the random generator limited to numpy's PCG64 (what :func:`genetic.evolve` uses) with
integer state words. Loading never executes code (no pickle); a malformed or foreign file gives
one ``ValueError`` line naming the field.

Format (``format`` and ``version`` identify it)::

    {"format": "genetic.GAState", "version": 2, "generation": 3, "seed": 0, "n_qubits": 2,
     "population": [[GENOME, fitness], ...], "cache": [[GENOME, fitness], ...],
     "archive": [[GENOME, fitness], ...],
     "rng_state": {"bit_generator": "PCG64", "state": {"state": int, "inc": int},
                   "has_uint32": int, "uinteger": int},
     "history": [{"generation": 0, "best": ..., ...}, ...]}

with ``GENOME = [[gate, target, control or null, angle], ...]``. Floats survive JSON exactly, so a
run resumed from this data continues exactly as the uninterrupted run. The cache is the
least-recently-used fitness cache in its order (at most
:data:`genetic.evolve.CACHE_PER_INDIVIDUAL` x population genomes) and the archive the best genome
of each of the best structures: with the population and one history row per generation, the
size is bounded by (9 x population + keep_structures) genomes of at most ``max_genes`` genes
plus a row per generation (docs/outputs.md). Version 1 (no archive; its cache held every
genome evaluated) is still read: the archive is then ranked from that cache.
"""

from __future__ import annotations

import math
from typing import Any

from ansatz import Gene
from genetic.evolve import GAState

FORMAT = "genetic.GAState"
VERSION = 2
_READS = (1, 2)  # versions read back
_RNG_KEYS = {"bit_generator", "state", "has_uint32", "uinteger"}


def _genome(genome) -> list:
    return [[g.gate, g.target, g.control, g.angle] for g in genome]


def state_to_dict(state: GAState) -> dict[str, Any]:
    """``state`` as plain data (see the module docstring)."""
    return {
        "format": FORMAT, "version": VERSION, "generation": state.generation, "seed": state.seed,
        "n_qubits": state.n_qubits,
        "population": [[_genome(g), float(f)] for g, f in state.population],
        "cache": [[_genome(g), float(f)] for g, f in state.cache.items()],
        "archive": [[_genome(g), float(f)] for g, f in state.archive],
        "rng_state": state.rng_state,
        "history": [dict(r) for r in state.history],
    }


def _int(value: Any, what: str, lo: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < lo:
        raise ValueError(f"{what} must be an integer >= {lo}, got {value!r}")
    return value


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be a number, got {value!r}")
    return float(value)


def _list(value: Any, what: str) -> list:
    if not isinstance(value, list):
        raise ValueError(f"{what} must be a list, got {type(value).__name__}")
    return value


def _gene(item: Any, n_qubits: int, what: str) -> Gene:
    if not isinstance(item, list) or len(item) != 4:
        raise ValueError(f"{what} must be [gate, target, control, angle], got {item!r}")
    gate, target, control, angle = item
    if not isinstance(gate, str):
        raise ValueError(f"{what}: gate must be a string, got {gate!r}")
    gene = Gene(gate, target, control, _number(angle, f"{what} angle"))
    gene.validate(n_qubits)  # CircuitError (a ValueError) names the problem
    return gene


def _pairs(value: Any, n_qubits: int, what: str) -> list[tuple[tuple[Gene, ...], float]]:
    out = []
    for i, pair in enumerate(_list(value, what)):
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError(f"{what}[{i}] must be [genome, fitness]")
        genome = tuple(_gene(g, n_qubits, f"{what}[{i}] gene {k}")
                       for k, g in enumerate(_list(pair[0], f"{what}[{i}] genome")))
        fitness = _number(pair[1], f"{what}[{i}] fitness")
        if math.isnan(fitness):
            raise ValueError(f"{what}[{i}] fitness is NaN")
        out.append((genome, fitness))
    return out


def _rng_state(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != _RNG_KEYS or value.get("bit_generator") != "PCG64":
        raise ValueError(f"rng_state must be a PCG64 state with keys {sorted(_RNG_KEYS)}")
    inner = value["state"]
    if not isinstance(inner, dict) or set(inner) != {"state", "inc"}:
        raise ValueError("rng_state.state must hold 'state' and 'inc'")
    for key in ("state", "inc"):
        _int(inner[key], f"rng_state.state.{key}")
    _int(value["has_uint32"], "rng_state.has_uint32")
    _int(value["uinteger"], "rng_state.uinteger")
    return {"bit_generator": "PCG64", "state": {"state": inner["state"], "inc": inner["inc"]},
            "has_uint32": value["has_uint32"], "uinteger": value["uinteger"]}


def _history(value: Any) -> list[dict[str, Any]]:
    rows = []
    for i, row in enumerate(_list(value, "history")):
        if not isinstance(row, dict) or not all(isinstance(k, str) for k in row):
            raise ValueError(f"history[{i}] must be an object")
        for key, v in row.items():
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise ValueError(f"history[{i}].{key} must be a number, got {v!r}")
        rows.append(dict(row))
    return rows


def state_from_dict(data: Any) -> GAState:
    """The :class:`GAState` stored by :func:`state_to_dict`; ValueError on anything else."""
    if not isinstance(data, dict):
        raise ValueError("a GA checkpoint must be an object")
    version = data.get("version")
    if data.get("format") != FORMAT or isinstance(version, bool) or version not in _READS:
        raise ValueError(f"not a {FORMAT} checkpoint of version {' or '.join(map(str, _READS))}")
    expected = {"format", "version", "generation", "seed", "n_qubits", "population", "cache", "rng_state", "history"}
    expected |= {"archive"} if version >= 2 else set()
    if set(data) != expected:
        raise ValueError(f"a GA checkpoint holds exactly the keys {sorted(expected)}")
    n_qubits = _int(data["n_qubits"], "n_qubits", 1)
    generation = _int(data["generation"], "generation")
    population = _pairs(data["population"], n_qubits, "population")
    if not population:
        raise ValueError("population is empty")
    history = _history(data["history"])
    if len(history) != generation + 1:
        raise ValueError(f"history has {len(history)} rows for generation {generation}")
    return GAState(generation=generation, seed=_int(data["seed"], "seed"), n_qubits=n_qubits,
                   population=population, rng_state=_rng_state(data["rng_state"]),
                   cache=dict(_pairs(data["cache"], n_qubits, "cache")), history=history,
                   archive=_pairs(data.get("archive", []), n_qubits, "archive"))
