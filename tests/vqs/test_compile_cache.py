"""The persistent compilation cache: its folder, and that the vqs command fills it unless told not to."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vqs.compile_cache import ENV, default_cache_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "env, expected",
    [
        ({ENV: "0"}, None),
        ({ENV: "off"}, None),
        ({ENV: "False"}, None),
        ({ENV: ""}, None),
        ({ENV: "/x/cache"}, Path("/x/cache")),
        ({ENV: "/x/cache", "XDG_CACHE_HOME": "/y"}, Path("/x/cache")),
        ({"XDG_CACHE_HOME": "/y"}, Path("/y/vqs/jax")),
        ({"HOME": "/home/u"}, Path("/home/u/.cache/vqs/jax")),
    ],
)
def test_default_cache_dir(monkeypatch, env, expected):
    for key in (ENV, "XDG_CACHE_HOME"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert default_cache_dir() == expected


def _qfi(cache: Path, *flags: str) -> None:
    env = {**os.environ, ENV: str(cache), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "vqs", *flags, "qfi", "--probe", "ghz", "--qubits", "2", "--noise",
                    "dephasing", "--gamma", "0.1", "--json"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)


@pytest.mark.integration  # end-to-end: python -m pytest -m integration
@pytest.mark.parametrize("flags, written", [((), True), (("--no-compile-cache",), False)])
def test_the_command_writes_compiled_programs_to_the_cache_unless_told_not_to(tmp_path, flags, written):
    cache = tmp_path / "cache"
    _qfi(cache, *flags)
    entries = [f for f in cache.rglob("*") if f.is_file()] if cache.exists() else []
    assert bool(entries) == written
