"""Cold vs warm persistent compilation cache: the quickstart run twice, each in a fresh process.

Both runs use one new, empty cache folder (``VQS_JAX_CACHE``, :mod:`vqs.compile_cache`): the
first compiles every kernel and writes it there, the second loads them. Wall times are those of
the whole ``python -m vqs run`` process (interpreter start, imports, search, outputs).

    python benchmarks/compile_cache.py --output benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _sections import write_section  # benchmarks/_sections.py, beside this script

SECTION = "## Compilation cache"
ROOT = Path(__file__).resolve().parents[1]


def timed_run(config: str, out: Path, cache: Path) -> float:
    env = {**os.environ, "VQS_JAX_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "vqs", "run", config, "--out", str(out), "--quiet"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--config", default="configs/quickstart.yaml")
    p.add_argument("--output", help="write the section into this Markdown file (e.g. benchmarks/RESULTS.md)")
    args = p.parse_args()
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "n/a"
    with tempfile.TemporaryDirectory(prefix="vqs-cache-bench-") as tmp:
        tmp = Path(tmp)
        cold = timed_run(args.config, tmp / "X1", tmp / "cache")
        warm = timed_run(args.config, tmp / "X2", tmp / "cache")
        entries = sum(1 for f in (tmp / "cache").rglob("*") if f.is_file())
    text = (
        f"{SECTION}\n\n"
        f"`python -m vqs run {args.config}` twice, each in a fresh process, with one new cache folder\n"
        "(`VQS_JAX_CACHE`, vqs/compile_cache.py; the `vqs` command uses the persistent cache by default):\n\n"
        "| run | wall time (s) |\n|---|---|\n"
        f"| first (cold cache: compiles, writes {entries} entries) | {cold:.1f} |\n"
        f"| second (warm cache) | {warm:.1f} |\n\n"
        f"warm / cold = {warm / cold:.2f}. "
        "Command: `python benchmarks/compile_cache.py --output benchmarks/RESULTS.md`\n"
        f"(2-core machine shared with other jobs, load average {load} at the start; "
        f"{time.strftime('%Y-%m-%d', time.gmtime())}).\n"
    )
    print(text)
    if args.output:
        write_section(Path(args.output), SECTION, text)


if __name__ == "__main__":
    main()
