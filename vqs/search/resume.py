"""The run directory across sessions: start, resume, extend, and the JSON checkpoint.

``checkpoint.json`` holds the GA state (:mod:`genetic.checkpoint`, data only, validated on load,
never pickle) and the wall time spent so far, so that ``wall_time_s`` of a resumed run counts
every session::

    {"format": "vqs.run-checkpoint", "version": 1, "elapsed_s": 12.5, "ga": {...}}

A finished run is *extended* by resuming it with a larger ``ga.generations`` (the only key of
the search that may change): the GA continues from the final checkpoint, exactly as a run
configured with the larger value from the start, and refinement and outputs are redone.
``ga.workers`` may differ between sessions too: it says how the work is run, not what is computed
(the numbers do not depend on it, :mod:`vqs.search.workers`), so a run made with two worker
processes is resumed, or taken as a finished table cell, by a config with one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from genetic import GAState, state_from_dict, state_to_dict
from vqs.errors import VqsError
from vqs.io import DirLock, atomic_write_json, atomic_write_text, read_json
from vqs.search.rundir import RunDir
from vqs.search.schema import RunConfig

FORMAT = "vqs.run-checkpoint"
VERSION = 1


@dataclass(frozen=True)
class Session:
    """What a run starts from: its directory, the GA state to continue (None: generation 0), the
    wall time of earlier sessions, and whether the directory already holds this run's result."""

    paths: RunDir
    state: GAState | None
    elapsed_s: float
    finished: bool
    lock: DirLock | None = None

    def release(self) -> None:
        """Unlock the run directory (the end of the run)."""
        if self.lock is not None:
            self.lock.release()


def write_checkpoint(path: Path, state: GAState, elapsed_s: float) -> None:
    atomic_write_json(path, {"format": FORMAT, "version": VERSION, "elapsed_s": float(elapsed_s),
                             "ga": state_to_dict(state)}, indent=None)


def read_checkpoint(path: Path) -> tuple[GAState, float]:
    """The GA state and elapsed time of a checkpoint, validated; VqsError if it is not one."""
    try:
        data = read_json(path)
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError(f"not a {FORMAT} of version {VERSION}")
        if set(data) != {"format", "version", "elapsed_s", "ga"}:
            raise ValueError("a checkpoint holds exactly the keys format, version, elapsed_s, ga")
        elapsed = data["elapsed_s"]
        if isinstance(elapsed, bool) or not isinstance(elapsed, (int, float)) or not math.isfinite(elapsed) \
                or elapsed < 0:
            raise ValueError(f"elapsed_s must be a finite number >= 0, got {elapsed!r}")
        return state_from_dict(data["ga"]), float(elapsed)
    except (VqsError, ValueError) as err:
        raise VqsError(f"cannot resume from {path}: {err}") from None


def _differences(a, b, prefix: str = "") -> list[str]:
    """The dotted keys whose values differ between two plain config mappings (sorted)."""
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return [] if a == b else [prefix or "(the whole config)"]
    out = []
    for key in sorted(set(a) | set(b), key=str):
        name = f"{prefix}.{key}" if prefix else str(key)
        if key not in a or key not in b:
            out.append(name)
        else:
            out += _differences(a[key], b[key], name)
    return out


def config_changes(previous: RunConfig, config: RunConfig) -> list[str]:
    """The dotted keys in which ``config`` differs from the ``previous`` run's config, ``ga.workers``
    excepted (it says how the work is run, not what is computed); empty: the same run."""
    return [k for k in _differences(previous.model_dump(mode="json"), config.model_dump(mode="json"))
            if k != "ga.workers"]


def _extension(previous: RunConfig, config: RunConfig, out: Path) -> bool:
    """True when ``config`` extends ``previous`` (more generations); VqsError for any other change
    (``ga.workers`` excepted: it does not change the numbers)."""
    def _as_config(ga_update: dict) -> RunConfig:
        return previous.model_copy(update={"ga": previous.ga.model_copy(update=ga_update)})

    if _as_config({"workers": config.ga.workers}) == config:
        return False
    if _as_config({"workers": config.ga.workers, "generations": config.ga.generations}) != config:
        keys = [k for k in config_changes(previous, config) if k != "ga.generations"]
        raise VqsError(f"the config differs from the run being resumed in {out} (see {RunDir.CONFIG}) in "
                       f"{', '.join(keys)}; only ga.generations may grow, to extend a run (and ga.workers may change)")
    if config.ga.generations < previous.ga.generations:
        raise VqsError(f"ga.generations can only grow when extending the run in {out} "
                       f"(it ran {previous.ga.generations})")
    return True


def prepare_run_dir(config: RunConfig, out: Path, resume: bool) -> Session:
    """Lock the run directory (:class:`vqs.io.DirLock`: a second run on it is refused at once), check
    it, write the resolved config, and load the checkpoint to resume. On a refusal the lock file and
    the folders made for it are removed again (nothing written); otherwise the caller releases the
    lock (:meth:`Session.release`) when the run ends."""
    lock = DirLock(out, "run").acquire()
    try:
        return _prepare(config, Path(out), resume, lock)
    except BaseException:
        lock.release(discard=True)
        raise


def _prepare(config: RunConfig, out: Path, resume: bool, lock: DirLock) -> Session:
    paths = RunDir(out)
    existing = paths.config.exists()
    if existing and not resume:
        raise VqsError(f"{out} already holds a run: pass --resume to continue it, or choose another --out")
    if resume and not existing:
        raise VqsError(f"nothing to resume in {out}: no {RunDir.CONFIG}")
    if not resume:
        atomic_write_text(paths.config, config.to_yaml())
        return Session(paths, None, 0.0, False, lock)
    try:
        previous = paths.read_config()
    except VqsError as err:
        raise VqsError(f"cannot read {paths.config}: {err}") from None
    extending = _extension(previous, config, out)
    state, elapsed = read_checkpoint(paths.checkpoint) if paths.checkpoint.exists() else (None, 0.0)
    finished = False
    if paths.result.exists():
        done = paths.read_result()
        finished = done.search.get("generations") == config.ga.generations
        if not finished and state is None:
            raise VqsError(f"cannot extend the run in {out}: its checkpoint is gone ({RunDir.CHECKPOINT})")
        elapsed = max(elapsed, done.wall_time_s or 0.0)
    if extending:
        atomic_write_text(paths.config, config.to_yaml())
    return Session(paths, state, elapsed, finished, lock)
