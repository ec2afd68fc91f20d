"""JAX's persistent compilation cache: compile each kernel once per machine, not once per process.

Most of a short ``vqs`` command is XLA compilation (the quickstart: ~2/3 of its wall time). With
the persistent cache on, a compiled program is written to a folder and the next process that
needs the same program (same shapes, same jax/jaxlib, same XLA flags) loads it instead of
compiling it again.

* The ``vqs`` command turns it on by default (:func:`vqs.cli.main`); ``vqs --no-compile-cache
  COMMAND`` or ``VQS_JAX_CACHE=0`` turns it off.
* Library users opt in with :func:`enable_compile_cache` (``vqs.enable_compile_cache()``) before
  their first computation.
* The folder is :func:`default_cache_dir`: ``$VQS_JAX_CACHE`` when it names a folder, else
  ``$XDG_CACHE_HOME/vqs/jax``, else ``~/.cache/vqs/jax``. Deleting it is always safe.

By default JAX skips programs that compile in under a second and lets the backend raise the
minimum entry size; both limits are removed here (``jax_persistent_cache_min_compile_time_secs =
0``, ``jax_persistent_cache_min_entry_size_bytes = -1``), because the kernel's many small programs
are what a short run spends its time compiling. This is the one place that sets them.
"""

from __future__ import annotations

import os
from pathlib import Path

import jax

ENV = "VQS_JAX_CACHE"
"""Environment variable: ``0`` (or ``off``, ``no``, ``false``, empty) turns the cache off; any other
value is the cache folder."""

_OFF = {"0", "off", "no", "false", ""}


def default_cache_dir() -> Path | None:
    """The cache folder the ``vqs`` command uses, or None when :data:`ENV` turns the cache off.

    Returns:
        ``$VQS_JAX_CACHE`` if set to a folder; else ``$XDG_CACHE_HOME/vqs/jax`` if
        ``XDG_CACHE_HOME`` is set; else ``~/.cache/vqs/jax``.

    Example:
        >>> import os
        >>> os.environ["VQS_JAX_CACHE"] = "0"
        >>> default_cache_dir() is None
        True
        >>> os.environ["VQS_JAX_CACHE"] = "/tmp/vqs-cache"
        >>> str(default_cache_dir())
        '/tmp/vqs-cache'
        >>> del os.environ["VQS_JAX_CACHE"]
    """
    value = os.environ.get(ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "vqs" / "jax"


def enable_compile_cache(path: str | os.PathLike | None = None) -> Path | None:
    """Turn JAX's persistent compilation cache on for this process (and the search's workers).

    Call it before the first computation: JAX decides whether to use the cache at its first
    compile. The folder is created on first write; a folder that cannot be written only means
    programs are compiled as without the cache (JAX warns).

    Args:
        path: the cache folder; None for :func:`default_cache_dir` (which honours ``VQS_JAX_CACHE``).

    Returns:
        The folder in use, or None when ``path`` is None and ``VQS_JAX_CACHE`` turns the cache off.
    """
    folder = Path(path).expanduser() if path is not None else default_cache_dir()
    if folder is None:
        return None
    jax.config.update("jax_compilation_cache_dir", str(folder))
    jax.config.update("jax_persistent_cache_min_compile_time_secs", 0.0)
    jax.config.update("jax_persistent_cache_min_entry_size_bytes", -1)
    return folder


def compile_cache_dir() -> Path | None:
    """The persistent cache folder this process uses (None: off); what worker processes inherit."""
    value = jax.config.jax_compilation_cache_dir
    return Path(value) if value else None
