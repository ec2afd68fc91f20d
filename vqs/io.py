"""File output: atomic writes (a result is either complete on disk or not there at all), strict JSON.

**Strict JSON.** Every JSON file and ``--json`` output of vqs is standard JSON (``allow_nan=False``:
no ``Infinity``/``NaN``, which parsers outside Python reject). A non-finite number becomes
``null`` plus an explicit flag beside it in the same object: ``"qcrb": null,
"qcrb_nonfinite": "inf"`` (a scalar: the flag is ``"inf"``, ``"-inf"`` or ``"nan"``); inside a
list or nested lists the flag maps the positions to their values, ``"qcrb": [1.0, null],
"qcrb_nonfinite": {"1": "inf"}`` (nested positions joined by dots, ``"0.2"``). :func:`read_json`
restores the numbers, and reads files written before this rule (with ``Infinity``) too.

**Permissions.** Files are created with mode ``0666 & ~umask`` (like ``open``), not the 0600
of a bare temporary file.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

from vqs.errors import VqsError

NONFINITE_SUFFIX = "_nonfinite"
_NAMES = {math.inf: "inf", -math.inf: "-inf"}
_VALUES = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _atomic_write(path: str | Path, data: str | bytes) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb" if isinstance(data, bytes) else "w") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` via a temporary file in the same folder and ``os.replace``."""
    return _atomic_write(path, str(text))


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` the same way."""
    return _atomic_write(path, bytes(data))


def check_output_dir(path: str | Path, what: str = "--out") -> Path:
    """Refuse, before any work and without leaving anything behind, an output folder that cannot
    be created or written: an existing file, a path under a file, a place where folders cannot be
    made (``/proc/x``, no permission). Creating and removing a probe folder in the nearest existing
    ancestor is the test (permissions, read-only and virtual file systems alike)."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise VqsError(f"{what} {path} exists and is not a folder")
    ancestor = path.absolute()
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise VqsError(f"{what} {path} lies under {ancestor}, which is a file, not a folder")
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".vqs-probe-", dir=ancestor))
    except OSError as err:
        raise VqsError(f"{what} {path}: cannot create folders in {ancestor} ({err.strerror or err})") from None
    return path


def _nonfinite_name(x: Any) -> str | None:
    if isinstance(x, float) and not math.isfinite(x):
        return "nan" if math.isnan(x) else _NAMES[x]
    return None


def _strict_container(value: Any, flags: dict[str, str], path: str) -> Any:
    """``value`` with non-finite numbers replaced by None; their positions recorded in ``flags``."""
    if isinstance(value, dict):
        return strict(value)
    if isinstance(value, (list, tuple)):
        return [_strict_container(v, flags, f"{path}.{i}" if path else str(i)) for i, v in enumerate(value)]
    name = _nonfinite_name(value)
    if name is not None:
        flags[path] = name
        return None
    return value


def strict(data: Any) -> Any:
    """``data`` (dicts, lists, scalars) with every non-finite number as ``null`` plus its flag.

    A non-finite number outside any object (a bare number or a list at the top) has no place for
    its flag: ValueError.
    """
    if not isinstance(data, dict):
        flags: dict[str, str] = {}
        out = _strict_container(data, flags, "")
        if flags:
            raise ValueError("a non-finite number outside a JSON object cannot be flagged")
        return out
    out: dict[str, Any] = {}
    for key, value in data.items():
        key = str(key)
        flags = {}
        out[key] = _strict_container(value, flags, "")
        if flags:
            if key + NONFINITE_SUFFIX in data:
                raise ValueError(f"key {key + NONFINITE_SUFFIX!r} is reserved for the flag of {key!r}")
            out[key + NONFINITE_SUFFIX] = flags[""] if "" in flags else flags
    return out


def _set_path(container: Any, path: str, value: float) -> None:
    parts = [int(p) for p in path.split(".")]
    for p in parts[:-1]:
        container = container[p]
    container[parts[-1]] = value


def restore(data: Any) -> Any:
    """The inverse of :func:`strict`: flagged ``null`` values back to inf, -inf or nan."""
    if isinstance(data, list):
        return [restore(v) for v in data]
    if not isinstance(data, dict):
        return data
    out = {k: restore(v) for k, v in data.items()}
    for key in [k for k in data if k.endswith(NONFINITE_SUFFIX) and k[: -len(NONFINITE_SUFFIX)] in data]:
        base, flag = key[: -len(NONFINITE_SUFFIX)], out.pop(key)
        try:
            if isinstance(flag, str):
                out[base] = _VALUES[flag]
            else:
                for path, name in flag.items():
                    _set_path(out[base], path, _VALUES[name])
        except (KeyError, ValueError, IndexError, TypeError, AttributeError):
            raise ValueError(f"invalid flag {key}: {flag!r}") from None
    return out


def dumps_json(data: Any, indent: int | None = None) -> str:
    """Strict JSON text of ``data`` (:func:`strict`; ``allow_nan=False`` so nothing slips through)."""
    return json.dumps(strict(data), indent=indent, allow_nan=False)


def atomic_write_json(path: str | Path, data: Any, indent: int | None = 2) -> Path:
    """Write ``data`` as strict JSON (:func:`dumps_json`), atomically."""
    return atomic_write_text(path, dumps_json(data, indent=indent) + "\n")


def read_json(path: str | Path) -> Any:
    """A JSON file written by :func:`atomic_write_json` (or by vqs before strict JSON, with
    ``Infinity``), non-finite numbers restored; one-line :class:`VqsError` if unreadable."""
    try:
        return restore(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as err:
        raise VqsError(f"cannot read {path}: {err}") from None


LOCK_NAME = ".vqs.lock"


class DirLock:
    """An exclusive OS lock (``fcntl.flock``) on an output folder, held while a command writes it.

    :meth:`acquire` creates the folder if needed and the lock file ``LOCK_NAME`` in it (before
    anything else is written there) and locks it without waiting: a second process that wants the
    same folder gets a one-line :class:`VqsError` at once. The OS releases the lock when the
    process ends, however it ends; :meth:`release` does it earlier and, with ``discard=True`` (a
    refusal), removes the lock file and the folders that :meth:`acquire` created, so that nothing
    is left behind. A lock file that was unlinked between our ``open`` and our ``flock`` (its
    holder discarded it) is detected by its inode and opened again.
    """

    def __init__(self, folder: str | Path, what: str = "run"):
        self.folder, self.what = Path(folder), what
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None
        self._created: list[Path] = []
        self._made_file = False

    def acquire(self) -> DirLock:
        import fcntl

        missing, p = [], self.folder.absolute()
        while not p.exists():
            missing.append(p)
            p = p.parent
        self.folder.mkdir(parents=True, exist_ok=True)
        self._created = [m for m in missing if m.is_dir()]
        for _ in range(100):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
                made = True
            except FileExistsError:
                try:
                    fd = os.open(self.path, os.O_RDWR)
                except FileNotFoundError:
                    continue
                made = False
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                self._created = []  # the folder is the other process's now
                raise VqsError(f"{self.folder} is in use by another vqs {self.what} (lock file {LOCK_NAME}); "
                               "wait for it to end, or choose another --out") from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd, self._made_file = fd, made
                return self
            os.close(fd)  # the holder removed that file: lock the new one
        raise VqsError(f"cannot lock {self.folder}: its lock file keeps changing")

    def release(self, discard: bool = False) -> None:
        """Unlock (idempotent); ``discard``: also remove what :meth:`acquire` created."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if discard and self._made_file:
                self.path.unlink(missing_ok=True)
                for folder in self._created:  # deepest first
                    try:
                        folder.rmdir()
                    except OSError:
                        break
        finally:
            os.close(fd)

    def __enter__(self) -> DirLock:
        return self.acquire()

    def __exit__(self, exc_type, *exc) -> None:
        self.release()
