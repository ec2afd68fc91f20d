"""No number changed: regenerate what is cheap and compare every number with the shipped files.

    nice -n 10 python benchmarks/no_number_changed.py [--output benchmarks/RESULTS.md] [--only network,iqsc,table1]

1. ``results/network`` and ``results/iqsc``: the shipped commands (docs/network.md,
   ``vqs network configs/network.yaml`` and ``vqs iqsc configs/iqsc.yaml``) are run again into a
   temporary folder, and every number of every CSV and JSON file there is compared with the
   shipped file's (the same keys, the same columns, the same strings).
2. ``results/table1``: every cell's probe (``cells/*/circuit.json``) and GHZ are scored again under
   the cell's model (``config.resolved.yaml``) at the cell's stored t* by the engine of the run,
   and the figure, QCRB and QFI (matrix) are compared with ``result.json`` (the full genetic search
   of 48 cells is too long for this machine; the search itself is checked bit for bit elsewhere).

Two numbers agree when ``|a - b| <= RTOL * max(|a|, |b|)`` (both non-finite in the same way also
agrees). The script prints one line per file or cell and, with ``--output``, records a section in
benchmarks/RESULTS.md. Exit status 1 when a number differs.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml
from _sections import write_section  # benchmarks/_sections.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ansatz.io import load_circuit  # noqa: E402
from vqs.physics.fom import figure_values  # noqa: E402
from vqs.physics.qfi import ghz_circuit, qfi_of_circuits  # noqa: E402
from vqs.search.model_config import ModelConfig  # noqa: E402

SECTION = "## No number changed"
RTOL = 1e-12
COMMANDS = {"network": ["network", "configs/network.yaml"], "iqsc": ["iqsc", "configs/iqsc.yaml"]}
SKIP_KEYS = {"wall_time_s", "versions"}  # what a run measures of the machine, not of the physics


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _close(a: float, b: float) -> bool:
    if not (math.isfinite(a) and math.isfinite(b)):
        return (math.isnan(a) and math.isnan(b)) or a == b
    return abs(a - b) <= RTOL * max(abs(a), abs(b))


class Tally:
    """Numbers compared, and the first few that differ."""

    def __init__(self) -> None:
        self.compared, self.worst, self.diffs = 0, 0.0, []

    def value(self, where: str, new, old) -> None:
        if isinstance(old, bool) or isinstance(new, bool) or not all(isinstance(v, (int, float)) for v in (new, old)):
            if new != old:
                self.diffs.append(f"{where}: {new!r} != {old!r}")
            return
        self.compared += 1
        if not _close(float(new), float(old)):
            self.diffs.append(f"{where}: {new!r} != {old!r}")
        elif math.isfinite(new) and max(abs(new), abs(old)) > 0:
            self.worst = max(self.worst, abs(new - old) / max(abs(new), abs(old)))

    def tree(self, where: str, new, old) -> None:
        if isinstance(old, dict) and isinstance(new, dict):
            if set(new) - SKIP_KEYS != set(old) - SKIP_KEYS:
                self.diffs.append(f"{where}: keys {sorted(set(new) ^ set(old))} differ")
            for key in sorted((set(new) & set(old)) - SKIP_KEYS):
                self.tree(f"{where}.{key}", new[key], old[key])
        elif isinstance(old, list) and isinstance(new, list):
            if len(new) != len(old):
                self.diffs.append(f"{where}: {len(new)} items != {len(old)}")
            for i, (a, b) in enumerate(zip(new, old)):
                self.tree(f"{where}[{i}]", a, b)
        else:
            self.value(where, new, old)

    def csv(self, where: str, new_text: str, old_text: str) -> None:
        new, old = list(csv.reader(io.StringIO(new_text))), list(csv.reader(io.StringIO(old_text)))
        if len(new) != len(old) or (new and new[0] != old[0]):
            self.diffs.append(f"{where}: {len(new)} rows != {len(old)} or the header differs")
        for r, (row_new, row_old) in enumerate(zip(new, old)):
            for c, (a, b) in enumerate(zip(row_new, row_old)):
                x, y = _number(a), _number(b)
                self.value(f"{where}:{r + 1}:{c + 1}", x if x is not None and y is not None else a,
                           y if x is not None and y is not None else b)


def regenerate(name: str, tally: Tally) -> str:
    """Run the shipped command of results/<name> into a temporary folder; compare its CSV and JSON."""
    shipped = ROOT / "results" / name
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / name
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "vqs", *COMMANDS[name], "--out", str(out)], cwd=ROOT, check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        files = sorted(p.name for p in shipped.iterdir() if p.suffix in (".csv", ".json"))
        before = len(tally.diffs), tally.compared
        for f in files:
            if not (out / f).exists():
                tally.diffs.append(f"{name}/{f}: not regenerated")
            elif f.endswith(".csv"):
                tally.csv(f"{name}/{f}", (out / f).read_text(), (shipped / f).read_text())
            else:
                tally.tree(f"{name}/{f}", json.loads((out / f).read_text()), json.loads((shipped / f).read_text()))
    return (f"results/{name}: `vqs {' '.join(COMMANDS[name])}` ({seconds:.0f} s), {len(files)} files, "
            f"{tally.compared - before[1]} numbers, {len(tally.diffs) - before[0]} differ")


def rescore_cell(cell: Path, tally: Tally) -> None:
    """The cell's VQS and GHZ figure, QCRB and QFI matrix at the stored t*, against result.json."""
    result = json.loads((cell / "result.json").read_text())
    config = yaml.safe_load((cell / "config.resolved.yaml").read_text())
    model = ModelConfig(**config["model"]).build()
    figure, engine = result["figure_of_merit"], config.get("engine", "jax")
    probes = {"vqs": load_circuit(cell / "circuit.json"), "ghz": ghz_circuit(model.n_wires)}
    for key, circuit in probes.items():
        stored = result[key]
        curve = qfi_of_circuits([circuit], model, [stored["t_star"]], engine=engine)
        where = f"table1/{cell.name}/{key}"
        tally.value(f"{where}.best", float(figure_values(curve, figure)[0, 0]), stored["best"])
        tally.value(f"{where}.qcrb", float(curve.qcrb[0, 0]), stored["qcrb"])
        if "qfim" in stored:  # multi task: the QFI matrix; single task: the QFI
            tally.tree(f"{where}.qfim", np.asarray(curve.qfim[0, 0]).tolist(), stored["qfim"])
        else:
            tally.value(f"{where}.qfi", float(curve.qfi[0, 0]), stored["qfi"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", help="record the outcome as a section of this Markdown file")
    parser.add_argument("--only", default="network,iqsc,table1", help="comma-separated: network, iqsc, table1")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    lines, tally = [], Tally()
    for name in ("network", "iqsc"):
        if name in parts:
            lines.append(regenerate(name, tally))
            print(lines[-1], flush=True)
    if "table1" in parts:
        start, before = time.perf_counter(), (len(tally.diffs), tally.compared)
        cells = sorted(p for p in (ROOT / "results" / "table1" / "cells").iterdir() if (p / "result.json").exists())
        for cell in cells:
            rescore_cell(cell, tally)
        lines.append(f"results/table1: {len(cells)} cells re-scored at their t* (VQS and GHZ: figure, QCRB, QFI "
                     f"matrix; {time.perf_counter() - start:.0f} s), {tally.compared - before[1]} numbers, "
                     f"{len(tally.diffs) - before[0]} differ")
        print(lines[-1], flush=True)
    verdict = (f"every number agrees to {RTOL:g} relative ({tally.compared} numbers; largest relative difference "
               f"{tally.worst:.1e})" if not tally.diffs else f"{len(tally.diffs)} values differ")
    print(verdict)
    for d in tally.diffs[:20]:
        print("  ", d)
    if args.output:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        body = [SECTION, "", f"`nice -n 10 python benchmarks/no_number_changed.py` at {commit} "
                f"({datetime.date.today().isoformat()}): {verdict}.", ""]
        body += [f"- {line}" for line in lines] + [f"  - {d}" for d in tally.diffs[:20]]
        write_section(Path(args.output), SECTION, "\n".join(body))
    return 1 if tally.diffs else 0


if __name__ == "__main__":
    sys.exit(main())
