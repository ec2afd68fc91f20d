"""One '## ' section of a Markdown results file (benchmarks/RESULTS.md), replaced in place or appended."""

from __future__ import annotations

import os
import re
from pathlib import Path


def write_section(path: Path, heading: str, text: str) -> None:
    """Replace the section that starts with the line ``heading`` (up to the next '## ' heading) by
    ``text``, or append ``text``; written atomically (a temporary file, then a rename)."""
    path = Path(path)
    old = path.read_text() if path.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: text.rstrip("\n") + "\n\n", old) if pattern.search(old) else \
        old.rstrip("\n") + "\n\n" + text
    tmp = path.with_suffix(".tmp")
    tmp.write_text(new.rstrip("\n") + "\n")
    os.replace(tmp, path)
